namespace ToneAnalyzers.Text;

/// <summary>
/// The function words <see cref="LanguageDetector"/> counts, packed as it packs them (lower-case ASCII, one byte a
/// letter, first letter highest) in a small open-addressing table built once.
/// </summary>
internal static class FunctionWords
{
    public const byte None = 0;
    public const byte English = 1;
    public const byte Foreign = 2;

    /// <summary>
    /// Common English words that are not Polish or Serbian words, even without diacritics. Left out on purpose:
    /// a, i, to, do, no, on, so, we, me, my, by (Polish "by"), was (Polish "you"), one and more (Serbian "those", "sea").
    /// </summary>
    internal static readonly string[] EnglishWords =
    {
        "the", "you", "your", "yours", "you're", "you've", "you'll", "is", "are", "be", "been", "of", "and", "or", "for",
        "with", "from", "this", "that", "these", "those", "it", "it's", "its", "not", "don't", "can't", "won't", "isn't",
        "aren't", "doesn't", "didn't", "our", "we're", "we've", "we'll", "i'm", "i've", "i'll", "let's", "that's",
        "there's", "please", "can", "will", "would", "could", "should", "must", "may", "have", "has", "had", "does",
        "did", "were", "they", "their", "them", "there", "here", "what", "which", "when", "where", "who", "why", "how",
        "if", "an", "at", "in", "into", "about", "than", "then", "also", "just", "only", "any", "all", "some", "he",
        "she", "his", "her", "us", "thank", "thanks", "sorry",
    };

    /// <summary>
    /// Polish and Serbian function words, as typed with diacritics stripped or left out ("że" is "ze", "što" is "sto";
    /// forms with diacritics are already caught by their letters). An English text that happens to contain one of them
    /// keeps the generous answer: that costs only speed, so the list leans towards more words.
    /// </summary>
    internal static readonly string[] ForeignWords =
    {
        // Polish
        "w", "z", "u", "o", "nie", "sie", "jest", "sa", "ze", "jak", "czy", "dla", "juz", "tylko", "byc", "oraz", "lub", "przez",
        "przy", "jesli", "jezeli", "ktory", "ktora", "ktore", "moze", "mozna", "prosze", "pan", "pani", "panu", "pana",
        "panstwo", "panstwa", "bardzo", "wiec", "albo", "aby", "zeby", "tez", "tego", "tej", "tym", "jako", "kiedy", "gdy",
        "bez", "nad", "po", "co", "ma", "mam", "mamy", "sobie", "siebie", "nam", "nas", "wam", "ja", "ty", "ona", "ono",
        "oni", "wy", "mnie", "mi", "ci", "mu", "jej", "ich", "ale", "lecz", "tak", "nic", "jeszcze", "teraz", "gdzie",
        "dlaczego", "wszystko", "jestem", "jestes", "jestesmy", "bylo", "byl", "byla", "bedzie", "dzieki",
        // Serbian
        "je", "da", "se", "su", "ne", "od", "sto", "vam", "vas", "ste", "smo", "sam", "si", "nije", "nisu", "nismo",
        "kao", "ali", "ili", "za", "na", "iz", "bi", "li", "jer", "ako", "koji", "koja", "koje", "kada", "kad", "sve",
        "samo", "vec", "jos", "biti", "bio", "bila", "bilo", "ovo", "ova", "ovaj", "taj", "te", "ta", "tu", "vi", "ti",
        "mozete", "molimo", "hvala", "vasa", "vase", "vasu", "vaseg", "nasa", "nase", "pa", "ni", "ce", "cu", "cemo",
        "cete", "uz", "pri", "kod", "treba", "mora", "mozemo", "jesmo", "jeste", "kako", "zato", "sada",
    };

    /// <summary>
    /// Whether a word of four or more letters (packed, any length: the last letters are the low bytes) ends like
    /// Polish or Serbian without diacritics: no English word in the help-centre corpus (11 MB) ends so.
    /// </summary>
    public static bool HasForeignEnding(ulong packed)
    {
        switch ((uint)packed & 0xFFFF)
        {
            case 'e' << 8 | 'j': // Polish "wiecej", "lepiej", "nowej"
            case 'i' << 8 | 'j': // Polish imperatives: "kliknij", "zamknij", "uzyj", "zaloguj", "skontaktuj"
            case 'y' << 8 | 'j':
            case 'u' << 8 | 'j':
            case 'j' << 8 | 'u': // Serbian "imaju", "znaju", "koju"
                return true;
        }

        // Serbian imperatives ("kliknite", "pritisnite", "koristite", "izaberite", "izmenite"), not "write", "site", "invite".
        switch (packed & 0xFF_FFFF_FFFF)
        {
            case (ulong)'k' << 32 | (ulong)'n' << 24 | 'i' << 16 | 't' << 8 | 'e':
            case (ulong)'s' << 32 | (ulong)'n' << 24 | 'i' << 16 | 't' << 8 | 'e':
            case (ulong)'s' << 32 | (ulong)'t' << 24 | 'i' << 16 | 't' << 8 | 'e':
            case (ulong)'e' << 32 | (ulong)'r' << 24 | 'i' << 16 | 't' << 8 | 'e':
            case (ulong)'e' << 32 | (ulong)'n' << 24 | 'i' << 16 | 't' << 8 | 'e':
                return true;
        }

        switch ((uint)packed & 0xFFFFFF)
        {
            // Polish: "plikowych", "nowymi", "jemu", "ustawienie", "wartosci", "informacja", "opcje", "sekcji", "obsluguje",
            // "nowego"
            case 'y' << 16 | 'c' << 8 | 'h':
            case 'y' << 16 | 'm' << 8 | 'i':
            case 'e' << 16 | 'm' << 8 | 'u':
            case 'n' << 16 | 'i' << 8 | 'e':
            case 's' << 16 | 'c' << 8 | 'i':
            case 'c' << 16 | 'j' << 8 | 'a':
            case 'c' << 16 | 'j' << 8 | 'e':
            case 'c' << 16 | 'j' << 8 | 'i':
            case 'u' << 16 | 'j' << 8 | 'e':
            case 'e' << 16 | 'g' << 8 | 'o':
            // Serbian: "izabrati", "koristiti", "uzeti", "pokrenuti", "verzija", "opcije", "podesavanje", "polje", "novi",
            // "pogledajte", "organizujte"
            case 'a' << 16 | 't' << 8 | 'i':
            case 'i' << 16 | 't' << 8 | 'i':
            case 'e' << 16 | 't' << 8 | 'i':
            case 'u' << 16 | 't' << 8 | 'i':
            case 'i' << 16 | 'j' << 8 | 'a':
            case 'i' << 16 | 'j' << 8 | 'e':
            case 'n' << 16 | 'j' << 8 | 'e':
            case 'l' << 16 | 'j' << 8 | 'e':
            case 'o' << 16 | 'v' << 8 | 'i':
            case 'j' << 16 | 't' << 8 | 'e':
                return true;
            default:
                return false;
        }
    }

    private const int Bits = 9;
    private static readonly ulong[] s_keys = new ulong[1 << Bits];
    private static readonly byte[] s_kinds = new byte[1 << Bits];

    static FunctionWords()
    {
        foreach (var word in EnglishWords)
        {
            Add(word, English);
        }

        foreach (var word in ForeignWords)
        {
            Add(word, Foreign);
        }
    }

    /// <summary>Packs a lower-case ASCII word of up to eight characters the way the detector does.</summary>
    public static ulong Pack(string word)
    {
        ulong packed = 0;
        foreach (var c in word)
        {
            packed = (packed << 8) | c;
        }

        return packed;
    }

    public static byte Lookup(ulong packed)
    {
        var mask = s_keys.Length - 1;
        for (var slot = Slot(packed); ; slot = (slot + 1) & mask)
        {
            var key = s_keys[slot];
            if (key == packed)
            {
                return s_kinds[slot];
            }

            if (key == 0)
            {
                return None;
            }
        }
    }

    private static int Slot(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> (64 - Bits));

    private static void Add(string word, byte kind)
    {
        var packed = Pack(word);
        var mask = s_keys.Length - 1;
        var slot = Slot(packed);
        while (s_keys[slot] != 0 && s_keys[slot] != packed)
        {
            slot = (slot + 1) & mask;
        }

        s_keys[slot] = packed;
        s_kinds[slot] = kind;
    }
}
