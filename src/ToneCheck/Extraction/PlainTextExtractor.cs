namespace ToneCheck.Extraction;

/// <summary>Plain text is all prose: the whole file is one piece (line breaks end sentences, as everywhere).</summary>
internal static class PlainTextExtractor
{
    public static ExtractedText Extract(string source)
    {
        var collector = TextCollector.Rent();
        collector.BeginPiece();
        collector.Append(source, 0, source.Length);
        collector.EndPiece();
        return collector.Build();
    }
}
