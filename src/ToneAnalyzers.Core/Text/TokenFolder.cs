namespace ToneAnalyzers.Text;

/// <summary>
/// Turns one scanned word into one or two folded tokens. English contractions are expanded so that a pattern
/// written "you are" also matches "you're" and "don't" matches "do not"; both tokens keep the word's span.
/// </summary>
internal sealed class TokenFolder
{
    private char[] _buffer = new char[64];

    /// <summary>The folded characters; tokens are slices described by <see cref="FirstLength"/> and <see cref="SecondStart"/>.</summary>
    public char[] Buffer => _buffer;

    public int FirstLength { get; private set; }

    /// <summary>Start of the second token in <see cref="Buffer"/>, or -1 when the word folds to one token.</summary>
    public int SecondStart { get; private set; }

    public int SecondLength { get; private set; }

    public void Fold(string text, int start, int end)
    {
        var needed = ((end - start) * CharFolding.MaxExpansion) + 8;
        if (_buffer.Length < needed)
        {
            _buffer = new char[needed * 2];
        }

        var buffer = _buffer;
        var length = 0;
        var apostrophe = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (CharClass.IsApostrophe(c))
            {
                apostrophe = length;
                buffer[length++] = '\'';
                continue;
            }

            length = CharFolding.Append(c, buffer, length);
        }

        FirstLength = length;
        SecondStart = -1;
        SecondLength = 0;
        if (apostrophe >= 0)
        {
            ExpandContraction(length, apostrophe);
        }
        else if (length == 6 && Is(0, "cannot"))
        {
            SetSplit(3, "not");
        }
    }

    private void ExpandContraction(int length, int apostrophe)
    {
        var suffixLength = length - apostrophe - 1;
        if (suffixLength == 1 && _buffer[length - 1] == 't' && apostrophe > 0 && _buffer[apostrophe - 1] == 'n')
        {
            // don't, isn't, can't, won't, shan't
            var baseLength = apostrophe - 1;
            if (baseLength == 2 && Is(0, "ca"))
            {
                SetSplit(3, "not", "can");
            }
            else if (baseLength == 2 && Is(0, "wo"))
            {
                SetSplit(4, "not", "will");
            }
            else if (baseLength == 3 && Is(0, "sha"))
            {
                SetSplit(5, "not", "shall");
            }
            else if (baseLength > 0)
            {
                SetSplit(baseLength, "not");
            }

            return;
        }

        var suffix = suffixLength switch
        {
            2 when Is(apostrophe + 1, "re") => "are",
            2 when Is(apostrophe + 1, "ve") => "have",
            2 when Is(apostrophe + 1, "ll") => "will",
            1 when _buffer[apostrophe + 1] == 'm' => "am",
            1 when _buffer[apostrophe + 1] == 'd' => "would",
            1 when _buffer[apostrophe + 1] == 's' && IsPronounBeforeIs(apostrophe) => "is",
            _ => null,
        };
        if (suffix != null && apostrophe > 0)
        {
            if (suffix == "is" && apostrophe == 3 && Is(0, "let"))
            {
                suffix = "us";
            }

            SetSplit(apostrophe, suffix);
        }
    }

    private bool IsPronounBeforeIs(int length)
    {
        foreach (var pronoun in s_pronounsBeforeIs)
        {
            if (pronoun.Length == length && Is(0, pronoun))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_pronounsBeforeIs = { "it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "let", "this" };

    /// <summary>Keeps the first <paramref name="firstLength"/> characters (optionally replaced) and adds <paramref name="second"/>.</summary>
    private void SetSplit(int firstLength, string second, string? replaceFirst = null)
    {
        if (replaceFirst != null)
        {
            replaceFirst.CopyTo(0, _buffer, 0, replaceFirst.Length);
            firstLength = replaceFirst.Length;
        }

        FirstLength = firstLength;
        SecondStart = firstLength;
        second.CopyTo(0, _buffer, firstLength, second.Length);
        SecondLength = second.Length;
    }

    private bool Is(int at, string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (_buffer[at + i] != s[i])
            {
                return false;
            }
        }

        return true;
    }
}
