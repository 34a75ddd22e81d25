using System.Globalization;
using System.Runtime.CompilerServices;

namespace ToneAnalyzers.Text;

/// <summary>Character classes the tokenizer needs, with an ASCII fast path.</summary>
internal static class CharClass
{
    /// <summary>Stands for an interpolation hole or other opaque value: it counts as one word that matches only <c>_</c> or a gap.</summary>
    public const char Hole = '\uFFFC';

    public const byte WordFlag = 1;
    public const byte BreakFlag = 2;

    // ASCII classes in one table: the scanner asks for every character, so no branches on ranges.
    private static readonly byte[] s_ascii = BuildAsciiTable();

    /// <summary>Class flags of the 128 ASCII characters (<see cref="WordFlag"/>, <see cref="BreakFlag"/>), for hot loops.</summary>
    public static byte[] Ascii => s_ascii;

    private static byte[] BuildAsciiTable()
    {
        var table = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                table[c] = WordFlag;
            }
            else if (c is '.' or '!' or '?' or ';' or '\n' or '\r')
            {
                table[c] = BreakFlag;
            }
        }

        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(char c) => c < 128 ? s_ascii[c] == WordFlag : IsNonAsciiWord(c);

    private static bool IsNonAsciiWord(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '\u201B';

    /// <summary>Characters that end a sentence: gaps in patterns never cross them, and "unless" looks only inside the sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSentenceBreak(char c) => c < 128 ? s_ascii[c] == BreakFlag : c is '\u2026' or '\u3002' or '\u2029' or '\u2028';
}
