namespace ToneAnalyzers.Text;

/// <summary>
/// Walks the words of a text without allocating. A word is a run of letters, digits and marks, with apostrophes
/// allowed inside it ("you're"); hyphens split words ("do-it-yourself" is three words, in text and patterns alike).
/// Sentence-ending punctuation and line breaks between two words set <see cref="BreakBefore"/> on the second;
/// a blank line (two line breaks) or a paragraph separator also sets <see cref="HardBreakBefore"/>: nothing matches across it.
/// </summary>
internal struct WordScanner
{
    private readonly string _text;
    private readonly int _end;
    private int _pos;

    public WordScanner(string text, int start, int length)
    {
        _text = text;
        _pos = start;
        _end = start + length;
        Start = 0;
        End = 0;
        BreakBefore = false;
        HardBreakBefore = false;
        AsciiHash = 0;
        IsPlainAscii = false;
    }

    public int Start { get; private set; }

    public int End { get; private set; }

    public bool BreakBefore { get; private set; }

    /// <summary>A blank line or paragraph separator stands before this word: the text before it is a separate piece.</summary>
    public bool HardBreakBefore { get; private set; }

    /// <summary>True when the word is ASCII letters and digits only: its folded form is its lower case, hashed in <see cref="AsciiHash"/>.</summary>
    public bool IsPlainAscii { get; private set; }

    /// <summary><see cref="Matching.TokenTable"/>'s hash of the lower-cased word, computed while scanning (valid when <see cref="IsPlainAscii"/>).</summary>
    public uint AsciiHash { get; private set; }

    public bool Next()
    {
        var text = _text;
        var pos = _pos;
        var end = _end;
        var sawBreak = false;
        var newlines = 0;
        var ascii = CharClass.Ascii;
        while (pos < end)
        {
            var c = text[pos];
            if (c < 128)
            {
                // One table read for the common case: spaces and punctuation between ASCII words.
                var flags = ascii[c];
                if (flags == CharClass.WordFlag)
                {
                    break;
                }

                if (flags == CharClass.BreakFlag)
                {
                    if (c == '\n')
                    {
                        newlines++;
                    }

                    // A full stop inside a token ("v1.2", "example.com") does not end a sentence.
                    if (c != '.' || pos + 1 >= end || !CharClass.IsWord(text[pos + 1]))
                    {
                        sawBreak = true;
                    }
                }

                pos++;
                continue;
            }

            if (c == CharClass.Hole || CharClass.IsWord(c))
            {
                break;
            }

            if (c == '\u2029')
            {
                newlines += 2;
            }

            if (CharClass.IsSentenceBreak(c))
            {
                sawBreak = true;
            }

            pos++;
        }

        if (pos >= end)
        {
            _pos = end;
            return false;
        }

        Start = pos;
        BreakBefore = sawBreak;
        HardBreakBefore = newlines >= 2;
        var plain = true;
        var hash = Matching.TokenTable.HashSeed;
        if (text[pos] == CharClass.Hole)
        {
            plain = false;
            pos++;
        }
        else
        {
            while (pos < end)
            {
                var c = text[pos];
                if (c < 128)
                {
                    if (ascii[c] != CharClass.WordFlag)
                    {
                        if (c == '\'' && pos + 1 < end && CharClass.IsWord(text[pos + 1]))
                        {
                            plain = false;
                            pos += 2;
                            continue;
                        }

                        break;
                    }

                    // ASCII letters and digits lower-case by setting bit 5.
                    hash = Matching.TokenTable.HashStep(hash, (char)(c | 0x20));
                    pos++;
                }
                else if (CharClass.IsWord(c))
                {
                    plain = false;
                    pos++;
                }
                else if (CharClass.IsApostrophe(c) && pos + 1 < end && CharClass.IsWord(text[pos + 1]))
                {
                    plain = false;
                    pos += 2;
                }
                else
                {
                    break;
                }
            }
        }

        IsPlainAscii = plain;
        AsciiHash = hash;
        End = pos;
        _pos = pos;
        return true;
    }
}
