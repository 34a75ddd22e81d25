namespace ToneAnalyzers.Text;

/// <summary>
/// The function words and word endings <see cref="LanguageDetector"/> counts, packed as it packs them (lower-case
/// ASCII, one byte a character, first character highest) in small tables built once.
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
    /// Polish and Serbian endings, without diacritics, that no English word in the help-centre corpus (11 MB) has.
    /// Two or three letters; <see cref="LongEndings"/> holds the few that need five.
    /// </summary>
    internal static readonly string[] Endings =
    {
        // Polish: "wiecej", "nowej"; imperatives "kliknij", "uzyj", "zaloguj"; "plikowych", "nowymi", "jemu", "ustawienie",
        // "wartosci", "informacja", "opcje", "sekcji", "obsluguje", "nowego"
        "ej", "ij", "yj", "uj", "ych", "ymi", "emu", "nie", "sci", "cja", "cje", "cji", "uje", "ego",
        // Serbian: "imaju", "koju"; "izabrati", "koristiti", "uzeti", "pokrenuti", "verzija", "opcije", "podesavanje",
        // "polje", "novi", "pogledajte", "organizujte"
        "ju", "ati", "iti", "eti", "uti", "ija", "ije", "nje", "lje", "ovi", "jte",
    };

    /// <summary>Serbian imperatives ("kliknite", "pritisnite", "koristite", "izaberite", "izmenite"), not "write", "site", "invite".</summary>
    internal static readonly string[] LongEndings = { "knite", "snite", "stite", "erite", "enite" };

    private static readonly ulong[] s_endings = new ulong[(1 << 15) / 64];
    private static readonly ulong[] s_longEndings = new ulong[(1 << 15) / 64];

    /// <summary>Whether a word of four or more letters (packed, any length: its last letters are the low bytes) has a <see cref="Endings"/> ending.</summary>
    public static bool HasForeignEnding(ulong packed)
    {
        // The last three characters must be letters (0x61-0x7A have bit 6 set; the apostrophe does not).
        if ((packed & 0x40_4040) != 0x40_4040)
        {
            return false;
        }

        var index = EndingIndex(packed);
        if ((s_endings[index >> 6] & (1UL << index)) != 0)
        {
            return true;
        }

        if ((s_longEndings[index >> 6] & (1UL << index)) != 0)
        {
            foreach (var ending in LongEndings)
            {
                if ((packed & 0xFF_FFFF_FFFF) == Pack(ending))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Five bits for each of the last three letters.</summary>
    private static int EndingIndex(ulong packed) => (int)(((packed >> 6) & 0x7C00) | ((packed >> 3) & 0x3E0) | (packed & 0x1F));

    private static void AddEnding(ulong[] set, string ending)
    {
        if (ending.Length == 2)
        {
            // A two-letter ending is every three-letter one that ends so.
            for (var first = 'a'; first <= 'z'; first++)
            {
                AddEnding(set, first + ending);
            }

            return;
        }

        var index = EndingIndex(Pack(ending));
        set[index >> 6] |= 1UL << index;
    }

    private const int Bits = 10;
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

        foreach (var ending in Endings)
        {
            AddEnding(s_endings, ending);
        }

        foreach (var ending in LongEndings)
        {
            AddEnding(s_longEndings, ending);
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
