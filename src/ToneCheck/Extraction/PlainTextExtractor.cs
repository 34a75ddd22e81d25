namespace ToneCheck.Extraction;

/// <summary>
/// Plain text is all prose. Each paragraph (lines up to a blank line) is one piece: a file of messages or reply
/// macros holds one per paragraph, and the model judges each on its own. Line breaks end sentences, as everywhere.
/// </summary>
internal static class PlainTextExtractor
{
    public static ExtractedText Extract(string source)
    {
        var collector = TextCollector.Rent();
        var start = 0;
        while (start < source.Length)
        {
            var end = ParagraphEnd(source, start, out var next);
            if (end > start)
            {
                collector.BeginPiece();
                collector.Append(source, start, end - start);
                collector.EndPiece();
            }

            start = next;
        }

        return collector.Build();
    }

    /// <summary>The end of the paragraph starting at <paramref name="start"/>, and where the next one starts.</summary>
    private static int ParagraphEnd(string source, int start, out int next)
    {
        var lineStart = start;
        while (lineStart < source.Length)
        {
            var lineEnd = source.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                next = source.Length;
                return source.Length;
            }

            // A line of only white space ends the paragraph.
            var blank = lineEnd + 1;
            while (blank < source.Length && source[blank] is ' ' or '\t' or '\r')
            {
                blank++;
            }

            if (blank < source.Length && source[blank] == '\n')
            {
                next = blank + 1;
                return lineEnd;
            }

            lineStart = lineEnd + 1;
        }

        next = source.Length;
        return source.Length;
    }
}
