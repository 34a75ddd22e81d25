using System.Runtime.CompilerServices;

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
        int latin = 0, cyrillic = 0;
        bool russianOnly = false, serbianOnly = false, polishOnly = false, serbianLatin = false;
        var words = new FunctionWordCounter();
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                if (c is >= 'a' and <= 'z')
                {
                    latin++;
                    words.Letter(c, upper: false);
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    latin++;
                    words.Letter((char)(c | 0x20), upper: true);
                }
                else if (c is >= '0' and <= '9' or '_')
                {
                    words.Spoil();
                }
                else if (c == '\'')
                {
                    words.Apostrophe(c);
                }
                else
                {
                    words.End(c);
                }

                continue;
            }

            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                words.Spoil();
                switch (c)
                {
                    case 'ы' or 'Ы' or 'э' or 'Э' or 'ъ' or 'Ъ' or 'ё' or 'Ё' or 'й' or 'Й' or 'щ' or 'Щ':
                        russianOnly = true;
                        break;
                    case 'ђ' or 'Ђ' or 'ј' or 'Ј' or 'љ' or 'Љ' or 'њ' or 'Њ' or 'ћ' or 'Ћ' or 'џ' or 'Џ':
                        serbianOnly = true;
                        break;
                }
            }
            else if (c < '\u0250')
            {
                // Latin-1 Supplement and Latin Extended-A/B: letters with diacritics (counted as Latin as they always
                // were, though U+0080-U+00BF, × and ÷ are not letters: they end a word, as the no-break space must).
                latin++;
                if (c < '\u00C0' || c is '×' or '÷')
                {
                    words.End(c);
                    continue;
                }

                words.Spoil();
                switch (c)
                {
                    case 'ą' or 'Ą' or 'ę' or 'Ę' or 'ł' or 'Ł' or 'ń' or 'Ń' or 'ś' or 'Ś' or 'ź' or 'Ź' or 'ż' or 'Ż' or 'ó' or 'Ó':
                        polishOnly = true;
                        break;
                    case 'č' or 'Č' or 'š' or 'Š' or 'ž' or 'Ž' or 'đ' or 'Đ':
                        serbianLatin = true;
                        break;
                    case 'ć' or 'Ć':
                        // Both Polish and Serbian: not a hint between them, but it rules out English alone.
                        words.Foreign++;
                        break;
                }
            }
            else if (c == '\u2019')
            {
                words.Apostrophe(c);
            }
            else
            {
                words.End(c);
            }
        }

        words.End(' ');
        var result = ToneLanguage.None;
        if (cyrillic > 0)
        {
            result |= russianOnly && !serbianOnly ? ToneLanguage.Russian
                : serbianOnly && !russianOnly ? ToneLanguage.Serbian
                : ToneLanguage.Russian | ToneLanguage.Serbian;
        }

        if (latin > 0)
        {
            if (polishOnly && !serbianLatin)
            {
                result |= ToneLanguage.Polish | ToneLanguage.English;
            }
            else if (serbianLatin && !polishOnly)
            {
                result |= ToneLanguage.Serbian | ToneLanguage.English;
            }
            else if (!polishOnly && cyrillic == 0 && words.Foreign == 0 && words.English >= EnglishWordsNeeded)
            {
                result |= ToneLanguage.English;
            }
            else
            {
                result |= ToneLanguage.English | ToneLanguage.Polish | ToneLanguage.Serbian;
            }
        }

        return result;
    }

    /// <summary>
    /// Counts function words while <see cref="Detect(string, int, int)"/> scans: ASCII words of up to eight characters
    /// (apostrophes inside count, "you're") are packed one byte a character into a ulong and looked up in a small table.
    /// A mutable struct on the caller's stack: nothing is allocated.
    /// </summary>
    private struct FunctionWordCounter
    {
        private const int MaxLength = 8;

        public int English;
        public int Foreign;
        private ulong _packed;
        private int _length;
        private bool _innerUpper;
        private bool _spoiled;
        private bool _apostrophe;
        private bool _cluster;
        private bool _tag;
        private char _before;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Letter(char lower, bool upper)
        {
            if (_apostrophe)
            {
                _apostrophe = false;
                Pack('\'');
            }

            // rz, cz, sz: common in Polish typed without diacritics ("przez", "czy", "prosze"), rare in English.
            if (lower == 'z' && _length > 0 && (_packed & 0xFF) is 'r' or 'c' or 's')
            {
                _cluster = true;
            }

            _innerUpper |= upper && _length > 0;
            Pack(lower);
        }

        /// <summary>An apostrophe inside a word is part of it ("don't"); before or after one, it ends or is ignored.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apostrophe(char c)
        {
            if (_length == 0 || _apostrophe)
            {
                End(c);
            }
            else
            {
                _apostrophe = true;
            }
        }

        /// <summary>A digit, underscore or non-ASCII letter: the word is not one of ours.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Spoil() => _spoiled = true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void End(char next)
        {
            if (_length > 0 || _spoiled)
            {
                if (!_spoiled)
                {
                    Count(next);
                }

                _packed = 0;
                _length = 0;
                _innerUpper = _spoiled = _apostrophe = _cluster = false;
            }

            // A word after "<" or "</" is a tag name ("<li>" is markup, not Serbian "li").
            _tag = next == '<' || (next == '/' && _tag);
            _before = next;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Pack(char lower)
        {
            _packed = (_packed << 8) | lower;
            _length++;
        }

        private void Count(char next)
        {
            if (_cluster)
            {
                Foreign++;
                return;
            }

            // Markup and compounds ("co-authoring", "Li-Po") are not evidence.
            if (_tag || _before == '-' || next == '-')
            {
                return;
            }

            if (_length >= 4 && !_innerUpper && FunctionWords.HasForeignEnding(_packed))
            {
                Foreign++;
                return;
            }

            if (_length > MaxLength)
            {
                return;
            }

            switch (FunctionWords.Lookup(_packed))
            {
                case FunctionWords.Foreign when ForeignCounts(next):
                    Foreign++;
                    break;
                case FunctionWords.English when !_innerUpper:
                    // Not "IT", "US", "THE": capitals make an acronym or a shouted label, not evidence.
                    English++;
                    break;
            }
        }

        private readonly bool ForeignCounts(char next) => _length switch
        {
            // "w", "z", "u" are prepositions only between words: not "Ctrl+Z", "Z:", "/u", "U.S.".
            1 => next is ' ' or '\t' or '\n' or '\r' or '\u00A0' or '\u202F' && _before is not ('/' or '\\' or '+' or '.' or '$' or '='),
            // Short words in capitals are acronyms ("CI", "SAM", "NAS") or units ("mA"); "NIJE" or "TYLKO" is still shouted Serbian or Polish.
            2 or 3 => !_innerUpper,
            _ => true,
        };
    }
}
