using System.Globalization;

namespace ToneAnalyzers.Text;

/// <summary>Character classes the tokenizer needs, with an ASCII fast path.</summary>
internal static class CharClass
{
    /// <summary>Stands for an interpolation hole or other opaque value: it counts as one word that matches only <c>_</c> or a gap.</summary>
    public const char Hole = '\uFFFC';

    public static bool IsWord(char c)
    {
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '\u201B';

    /// <summary>Characters that end a sentence: gaps in patterns never cross them, and "unless" looks only inside the sentence.</summary>
    public static bool IsSentenceBreak(char c) => c is '.' or '!' or '?' or ';' or '\n' or '\r' or '\u2026' or '\u3002' or '\u2029' or '\u2028';
}
