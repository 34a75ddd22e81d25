namespace ToneAnalyzers.Text;

/// <summary>
/// Guesses which of our languages a text can be in from its script, its letters and its function words. Deliberately
/// generous: it only narrows the rule set (Cyrillic text is never checked with English rules), so a wrong guess between
/// close candidates costs nothing, while a narrow wrong guess would hide findings.
/// <para>
/// Latin text is English, Polish or Serbian; Polish-only or Serbian-only letters (ą, ł, ż, š, č, đ, ...) drop the other
/// of the two, never English. Latin text is narrowed to English alone only on clear evidence, counted word by word in
/// the same single pass: no Cyrillic letter, none of those letters nor ć, no Polish or Serbian function word (nie,
/// sie, jest, w, z, o, je, da, se, su, ne, u, ...: typed without diacritics, as "ze", "juz", "sto"; with them, the
/// letters already decide), no Polish cluster (rz, cz, sz), no Polish or Serbian ending that no English word has
/// ("-ych", "-nie", "-ija", "-ati", "-knite", ...), and at least <see cref="EnglishWordsNeeded"/> English function
/// words that are not also Polish or Serbian words (the, you, is, of, please, ...; not a, i, to, do, no, on, we, me,
/// my, by, was). Any mixed evidence keeps the generous answer. Polish or Serbian alone is never chosen this way:
/// English names and UI labels in their text are too common to drop English safely.
/// </para>
/// <para>
/// The accepted risk: a short Polish or Serbian fragment with none of that evidence (no diacritics, no function word,
/// no telling ending) inside an English text is checked with English rules only.
/// </para>
/// </summary>
public static class LanguageDetector
{
    /// <summary>
    /// English function words a Latin text needs (with no Polish or Serbian evidence) to be checked as English alone.
    /// One is too few: a Polish or Serbian sentence quoting an English button or product name ("Kliknij Save the file")
    /// has one; two still narrows most short English messages ("Please enter your password").
    /// </summary>
    public const int EnglishWordsNeeded = 2;

    public static ToneLanguage Detect(string text) => Detect(text, 0, text.Length);

    public static ToneLanguage Detect(string text, int start, int length)
    {
        var script = new ScriptLetters();
        var end = start + length;
        var i = start;

        // Words are counted only while English alone is still possible: the first Polish or Serbian sign ends that,
        // and the rest of the text is scanned for its letters only.
        ulong word = 0; // the word's last eight characters, lower case, one byte each
        int wordLength = 0, english = 0, flags = SentenceStart;
        var before = '\0'; // the character before the word
        for (; i < end; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                var lower = (char)(c | 0x20);
                if (lower is >= 'a' and <= 'z')
                {
                    if (c != lower)
                    {
                        flags |= wordLength > 0 ? InnerCapital : Capital;
                    }
                    else if (lower == 'z' && (word & 0xFF) is 'r' or 'c' or 's' && wordLength > 0)
                    {
                        // rz, cz, sz: common in Polish without diacritics ("przez", "czy", "prosze"), rare in English.
                        script.Latin += wordLength;
                        break;
                    }

                    word = (word << 8) | lower;
                    wordLength++;
                    continue;
                }

                if (c is >= '0' and <= '9' or '_')
                {
                    flags |= Spoiled;
                    continue;
                }

                if (c == '\'' && wordLength > 0 && (word & 0xFF) != '\'')
                {
                    // Inside a word ("don't"); one after the word is dropped when the word ends.
                    word = (word << 8) | '\'';
                    wordLength++;
                    continue;
                }
            }
            else if (script.Add(c))
            {
                if (script.RulesOutEnglishAlone)
                {
                    // The word's ASCII letters so far are Latin too ("wеб" mixes scripts).
                    script.Latin += wordLength;
                    break;
                }

                // Another letter with a diacritic (é in "café"): the word is not one of ours.
                flags |= Spoiled;
                continue;
            }
            else if (c == '\u2019' && wordLength > 0 && (word & 0xFF) != '\'')
            {
                word = (word << 8) | '\'';
                wordLength++;
                continue;
            }

            // Any other character ends the word.
            if (wordLength > 0)
            {
                script.Latin += wordLength;
                var evidence = Evidence(word, wordLength, flags, before, c);
                if (evidence < 0)
                {
                    break;
                }

                english += evidence;
            }

            // A word after "<" or "</" is a tag name ("<li>" is markup, not Serbian "li"). A sentence starts after
            // . ! ? : or a line break, and still does after quotes, brackets, list marks and spaces.
            flags = (c == '<' || (c == '/' && (flags & Tag) != 0) ? Tag : 0)
                | (c is '.' or '!' or '?' or ':' or '\n' || (wordLength == 0 && (flags & SentenceStart) != 0) ? SentenceStart : 0);
            word = 0;
            wordLength = 0;
            before = c;
        }

        if (i == end && wordLength > 0)
        {
            script.Latin += wordLength;
            english = Evidence(word, wordLength, flags, before, ' ') is var evidence && evidence < 0 ? 0 : english + evidence;
        }

        var englishAlone = i == end && english >= EnglishWordsNeeded;
        for (; i < end; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                {
                    script.Latin++;
                }
            }
            else
            {
                script.Add(c);
            }
        }

        var result = ToneLanguage.None;
        if (script.Cyrillic > 0)
        {
            result |= script.RussianOnly && !script.SerbianOnly ? ToneLanguage.Russian
                : script.SerbianOnly && !script.RussianOnly ? ToneLanguage.Serbian
                : ToneLanguage.Russian | ToneLanguage.Serbian;
        }

        if (script.Latin > 0)
        {
            if (script.PolishOnly && !script.SerbianLatin)
            {
                result |= ToneLanguage.Polish | ToneLanguage.English;
            }
            else if (script.SerbianLatin && !script.PolishOnly)
            {
                result |= ToneLanguage.Serbian | ToneLanguage.English;
            }
            else
            {
                result |= englishAlone ? ToneLanguage.English : ToneLanguage.English | ToneLanguage.Polish | ToneLanguage.Serbian;
            }
        }

        return result;
    }

    private const int Spoiled = 1; // a digit, underscore or other non-ASCII letter: not one of our words
    private const int InnerCapital = 2; // a capital after the first letter: an acronym ("IT", "CI") or a unit ("mA")
    private const int Tag = 8; // after "<" or "</"
    private const int SentenceStart = 16; // no word yet since the start of the text or the end of a sentence
    private const int Capital = 32; // the first letter is a capital

    /// <summary>
    /// What a finished ASCII word says: 1 an English function word, -1 a Polish or Serbian sign, 0 nothing.
    /// <paramref name="word"/> holds its last eight characters; <paramref name="next"/> is the character after it.
    /// </summary>
    private static int Evidence(ulong word, int length, int flags, char before, char next)
    {
        // Markup and compounds ("co-authoring", "Li-Po") are not evidence, nor words with digits or other letters.
        if ((flags & (Tag | Spoiled)) != 0 || before == '-' || next == '-')
        {
            return 0;
        }

        // An apostrophe after the word ("customers'") is not part of it.
        if ((word & 0xFF) == '\'')
        {
            word >>= 8;
            length--;
        }

        if (length >= 4 && (flags & InnerCapital) == 0 && FunctionWords.HasForeignEnding(word))
        {
            return -1;
        }

        if (length > 8)
        {
            return 0;
        }

        return FunctionWords.Lookup(word) switch
        {
            // Code and addresses, not prose: "pri=1", "DC=na", "contoso.co.in", "$ne".
            FunctionWords.Foreign when next == '=' || before is '=' or '.' or '\\' or '$' or '@' or '&' => 0,
            // "w", "z", "u", "o" are prepositions only between words: not "Ctrl+Z", "Z:", "/u", "U.S."; and in capitals
            // only at the start of a sentence ("W razie"), not "Sort A to Z", "U R L" or "O W A" (spelled-out letters).
            FunctionWords.Foreign when length == 1 =>
                next is ' ' or '\t' or '\n' or '\r' or '\u00A0' or '\u202F' && before is not ('/' or '+')
                && ((flags & Capital) == 0 || (flags & SentenceStart) != 0) ? -1 : 0,
            // Short words in capitals are acronyms ("CI", "SAM", "NAS"); "NIJE" or "TYLKO" is still shouted Serbian or Polish.
            FunctionWords.Foreign => length > 3 || (flags & InnerCapital) == 0 ? -1 : 0,
            // Not "IT", "US", "THE": capitals make an acronym or a shouted label, not evidence.
            FunctionWords.English => (flags & InnerCapital) == 0 ? 1 : 0,
            _ => 0,
        };
    }

    /// <summary>What the letters alone say: the scripts present and the letters only one language has.</summary>
    private struct ScriptLetters
    {
        public int Latin;
        public int Cyrillic;
        public bool RussianOnly;
        public bool SerbianOnly;
        public bool PolishOnly;
        public bool SerbianLatin;
        public bool PolishOrSerbian;

        /// <summary>Any of these rules out English alone (and ends the counting of words).</summary>
        public readonly bool RulesOutEnglishAlone => Cyrillic > 0 || PolishOnly || SerbianLatin || PolishOrSerbian;

        /// <summary>Counts a non-ASCII character; true when it is a letter, so part of a word.</summary>
        public bool Add(char c)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                Cyrillic++;
                switch (c)
                {
                    case 'ы' or 'Ы' or 'э' or 'Э' or 'ъ' or 'Ъ' or 'ё' or 'Ё' or 'й' or 'Й' or 'щ' or 'Щ':
                        RussianOnly = true;
                        break;
                    case 'ђ' or 'Ђ' or 'ј' or 'Ј' or 'љ' or 'Љ' or 'њ' or 'Њ' or 'ћ' or 'Ћ' or 'џ' or 'Џ':
                        SerbianOnly = true;
                        break;
                }

                return true;
            }

            if (c >= '\u0250')
            {
                return false;
            }

            // Latin-1 Supplement and Latin Extended-A/B: letters with diacritics. U+0080-U+00BF, × and ÷ are not
            // letters and not Latin: Russian text quotes with « », and counting those as Latin once sent it through the
            // Polish and Serbian rules, whose folding reads Cyrillic as Latin (a Polish rule fired on "проверьте её").
            if (c is < '\u00C0' or '×' or '÷')
            {
                return false;
            }

            Latin++;
            switch (c)
            {
                case 'ą' or 'Ą' or 'ę' or 'Ę' or 'ł' or 'Ł' or 'ń' or 'Ń' or 'ś' or 'Ś' or 'ź' or 'Ź' or 'ż' or 'Ż' or 'ó' or 'Ó':
                    PolishOnly = true;
                    break;
                case 'č' or 'Č' or 'š' or 'Š' or 'ž' or 'Ž' or 'đ' or 'Đ':
                    SerbianLatin = true;
                    break;
                case 'ć' or 'Ć':
                    // Both Polish and Serbian: no hint between them, but not English.
                    PolishOrSerbian = true;
                    break;
            }

            return true;
        }
    }
}
