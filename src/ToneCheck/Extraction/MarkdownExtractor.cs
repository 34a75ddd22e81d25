using System;
using System.Collections.Generic;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ToneCheck.Extraction;

/// <summary>
/// The visible prose of a Markdown file, read from Markdig's syntax tree: paragraphs, headings, list items, table
/// cells, block quotes, link and image text, emphasis. Code, URLs, HTML and unchecked front matter are left out.
/// </summary>
internal static class MarkdownExtractor
{
    /// <summary>The one pipeline (thread-safe, built once).</summary>
    /// <remarks>No UseAutoLinks: it costs a quarter of the parse; bare URLs are masked in <c>Walker.AppendText</c>.</remarks>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    public static MarkdownDocument Parse(string source) => Markdown.Parse(source, Pipeline);

    public static ExtractedText Extract(string source, IReadOnlyCollection<string> frontMatterKeys)
    {
        var document = Parse(source);
        var collector = TextCollector.Rent();
        var walker = new Walker(source, collector, frontMatterKeys);
        walker.VisitContainer(document);
        return collector.Build();
    }

    private sealed class Walker
    {
        private readonly string _source;
        private readonly TextCollector _out;
        private readonly IReadOnlyCollection<string> _frontMatterKeys;

        public Walker(string source, TextCollector collector, IReadOnlyCollection<string> frontMatterKeys)
        {
            _source = source;
            _out = collector;
            _frontMatterKeys = frontMatterKeys;
        }

        public void VisitContainer(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case ContainerBlock child:
                        VisitContainer(child);
                        break;
                    case YamlFrontMatterBlock frontMatter:
                        FrontMatter.Extract(_source, frontMatter.Span.Start, frontMatter.Span.Length, _frontMatterKeys, _out);
                        break;
                    case CodeBlock:
                        break; // fenced and indented code are never prose
                    case HtmlBlock html:
                        if (IsValid(html.Span))
                        {
                            SuppressionDirective.Scan(_source, html.Span.Start, html.Span.Length, _out.Directives);
                        }

                        break;
                    case LeafBlock leaf when leaf.Inline is not null:
                        _out.BeginPiece();
                        VisitInlines(leaf.Inline);
                        _out.EndPiece();
                        break;
                }
            }
        }

        private void VisitInlines(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        AppendLiteral(literal);
                        break;
                    case CodeInline code:
                        Hole(code.Span);
                        break;
                    case AutolinkInline autolink:
                        Hole(autolink.Span);
                        break;
                    case LinkInline link:
                        // Link text and image alt text are read; the URL and title are not.
                        VisitInlines(link);
                        break;
                    case HtmlEntityInline entity:
                        if (IsValid(entity.Span))
                        {
                            _out.Replace(entity.Transcoded.ToString(), entity.Span.Start, entity.Span.Length);
                        }

                        break;
                    case LineBreakInline lineBreak:
                        // A soft break is a space to the reader; a hard break ends the line.
                        if (IsValid(lineBreak.Span))
                        {
                            _out.Replace(lineBreak.IsHard ? "\n" : " ", lineBreak.Span.Start, lineBreak.Span.Length);
                        }

                        break;
                    case HtmlInline html:
                        VisitHtmlInline(html);
                        break;
                    case ContainerInline child:
                        VisitInlines(child);
                        break;
                    default:
                        if (IsValid(inline.Span))
                        {
                            _out.Replace(" ", inline.Span.Start, inline.Span.Length);
                        }

                        break;
                }
            }
        }

        private void VisitHtmlInline(HtmlInline html)
        {
            if (!IsValid(html.Span))
            {
                return;
            }

            var tag = html.Tag ?? string.Empty;
            if (tag.StartsWith("<!--", StringComparison.Ordinal))
            {
                SuppressionDirective.Scan(_source, html.Span.Start, html.Span.Length, _out.Directives);
                _out.Replace(" ", html.Span.Start, html.Span.Length);
            }
            else if (tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
            {
                _out.Replace("\n", html.Span.Start, html.Span.Length);
            }

            // Other inline tags (<b>, <span>...) vanish, so a phrase runs across them as the reader sees it.
        }

        private void AppendLiteral(LiteralInline literal)
        {
            var span = literal.Span;
            var content = literal.Content.AsSpan();
            if (content.Length == 0)
            {
                return;
            }

            if (!IsValid(span))
            {
                return;
            }

            var sourceSpan = _source.AsSpan(span.Start, span.Length);
            if (span.Length == content.Length && sourceSpan.SequenceEqual(content))
            {
                AppendText(span.Start, span.Length);
                return;
            }

            // Table cells and similar: the span includes padding the content does not.
            var index = sourceSpan.IndexOf(content, StringComparison.Ordinal);
            if (index >= 0)
            {
                AppendText(span.Start + index, content.Length);
            }
            else
            {
                _out.Replace(content.ToString(), span.Start, span.Length);
            }
        }

        /// <summary>
        /// Whether "www." appears, in any case. Not IndexOf(OrdinalIgnoreCase): under invariant globalization that folds every
        /// character through the Unicode casing tables, and this runs on every run of literal text of every article.
        /// </summary>
        private static bool ContainsWww(ReadOnlySpan<char> text)
        {
            for (var found = text.IndexOfAny('w', 'W'); found >= 0; found = text.IndexOfAny('w', 'W'))
            {
                if (StartsWithAscii(text.Slice(found), "www."))
                {
                    return true;
                }

                text = text.Slice(found + 1);
            }

            return false;
        }

        /// <summary>Verbatim source text, with bare URLs (scheme:// or www.) turned into opaque words.</summary>
        internal void AppendText(int start, int length)
        {
            var text = _source.AsSpan(start, length);
            if (text.IndexOf("://", StringComparison.Ordinal) < 0 && !ContainsWww(text))
            {
                _out.Append(_source, start, length);
                return;
            }

            var end = start + length;
            var run = start;
            var i = start;
            while (i < end)
            {
                var urlStart = UrlStartAt(i, end);
                if (urlStart < 0)
                {
                    i++;
                    continue;
                }

                var urlEnd = i;
                while (urlEnd < end && !char.IsWhiteSpace(_source[urlEnd]) && _source[urlEnd] is not ('<' or '>' or '"'))
                {
                    urlEnd++;
                }

                // Trailing sentence punctuation is not part of the URL.
                while (urlEnd > i && _source[urlEnd - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')')
                {
                    urlEnd--;
                }

                _out.Append(_source, run, i - run);
                _out.Hole(i, urlEnd - i);
                i = run = urlEnd;
            }

            _out.Append(_source, run, end - run);
        }

        /// <summary>i itself if a URL starts at i (http://, https://, ftp://, www.) at a word start, else -1.</summary>
        private int UrlStartAt(int i, int end)
        {
            if (i > 0 && char.IsLetterOrDigit(_source[i - 1]))
            {
                return -1;
            }

            var rest = _source.AsSpan(i, end - i);
            return StartsWithAscii(rest, "http://") || StartsWithAscii(rest, "https://") || StartsWithAscii(rest, "ftp://") || StartsWithAscii(rest, "www.")
                ? i
                : -1;
        }

        /// <summary>A case-insensitive prefix test for a lower-case ASCII prefix (see <see cref="ContainsWww"/> for why not OrdinalIgnoreCase).</summary>
        private static bool StartsWithAscii(ReadOnlySpan<char> text, string lowerPrefix)
        {
            if (text.Length < lowerPrefix.Length)
            {
                return false;
            }

            for (var k = 0; k < lowerPrefix.Length; k++)
            {
                var c = text[k];
                var p = lowerPrefix[k];
                if (c != p && (p is < 'a' or > 'z' || (c | 0x20) != p))
                {
                    return false;
                }
            }

            return true;
        }

        private void Hole(SourceSpan span)
        {
            if (IsValid(span))
            {
                _out.Hole(span.Start, span.Length);
            }
        }

        private bool IsValid(SourceSpan span) => span.Start >= 0 && span.Length > 0 && span.Start + span.Length <= _source.Length;
    }
}
