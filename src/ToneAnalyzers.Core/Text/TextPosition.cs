namespace ToneAnalyzers.Text;

/// <summary>Line and column helpers for error messages about raw file bytes.</summary>
public static class TextPosition
{
    /// <summary>The 1-based line and column (in characters) of a byte offset in UTF-8 data, for "invalid UTF-8 at line:col".</summary>
    public static (int Line, int Column) OfUtf8Byte(byte[] bytes, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
