using System.Collections.Generic;
using ToneCheck.Input;

namespace ToneCheck.Extraction;

/// <summary>Picks the extractor for a file kind.</summary>
internal static class Extractors
{
    /// <exception cref="System.Xml.XmlException">A .resx/.resw file is not well-formed XML.</exception>
    public static ExtractedText Extract(string source, FileKind kind, IReadOnlyCollection<string> frontMatterKeys) => kind switch
    {
        FileKind.Markdown => MarkdownExtractor.Extract(source, frontMatterKeys),
        FileKind.Resx => ResxExtractor.Extract(source),
        FileKind.Html or FileKind.Razor or FileKind.Mustache or FileKind.Liquid or FileKind.Scriban => MarkupExtractor.Extract(source, kind),
        _ => PlainTextExtractor.Extract(source),
    };
}
