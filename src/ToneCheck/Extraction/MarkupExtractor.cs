using System;
using System.Collections.Generic;
using ToneCheck.Input;

namespace ToneCheck.Extraction;

/// <summary>
/// Visible text of HTML and templates (.cshtml .razor .hbs .mustache .liquid .sbn .scriban .html .htm): tags
/// masked, entities decoded, template expressions turned into opaque words, code/script/style skipped, block
/// elements and template control flow separating pieces. alt, title, placeholder and aria-label values are pieces too.
/// </summary>
internal sealed class MarkupExtractor
{
    private static readonly HashSet<string> s_blockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside", "main",
        "blockquote", "dl", "dt", "dd", "hr", "form", "label", "button", "option", "select", "figure", "figcaption",
        "details", "summary", "title", "head", "body", "html", "meta", "link", "input", "address", "center",
        "fieldset", "legend", "tr", "img", "iframe", "template", "slot", "svg", "video", "audio", "body",
    };

    private static readonly HashSet<string> s_skippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "pre", "code", "kbd", "samp", "textarea", "noscript",
    };

    private static readonly HashSet<string> s_textAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "alt", "title", "placeholder", "aria-label", "aria-description",
    };

    private static readonly HashSet<string> s_razorBlockKeywords = new(StringComparer.Ordinal)
    {
        "if", "else", "foreach", "for", "while", "do", "switch", "using", "lock", "try", "catch", "finally", "code", "functions", "section",
    };

    private static readonly HashSet<string> s_razorLineDirectives = new(StringComparer.Ordinal)
    {
        "model", "inject", "page", "namespace", "addTagHelper", "removeTagHelper", "tagHelperPrefix", "layout", "inherits",
        "implements", "attribute", "typeparam", "rendermode", "preservewhitespace", "using",
    };

    private readonly string _source;
    private readonly FileKind _kind;
    private readonly TextCollector _out = TextCollector.Rent();
    private readonly List<(int Start, int End)> _attributeValues = new();

    private MarkupExtractor(string source, FileKind kind)
    {
        _source = source;
        _kind = kind;
    }

    public static ExtractedText Extract(string source, FileKind kind)
    {
        var extractor = new MarkupExtractor(source, kind);
        extractor.Run();
        return extractor._out.Build();
    }

    private bool HasMustache => _kind is FileKind.Mustache or FileKind.Liquid or FileKind.Scriban;

    private void Run()
    {
        _out.BeginPiece();
        Scan(0, _source.Length);
        _out.EndPiece();
        foreach (var (start, end) in _attributeValues)
        {
            _out.BeginPiece();
            ScanText(start, end);
            _out.EndPiece();
        }
    }

    private void Break()
    {
        _out.EndPiece();
        _out.BeginPiece();
    }

    /// <summary>Markup and text.</summary>
    private void Scan(int start, int end)
    {
        var s = _source;
        var run = start;
        var i = start;
        while (i < end)
        {
            var c = s[i];
            var special = c is '<' or '&' || (c == '{' && HasMustache) || (c == '@' && _kind == FileKind.Razor);
            if (!special || !PeekConsumes(i))
            {
                i++;
                continue;
            }

            _out.Append(s, run, i - run);
            var consumed = c switch
            {
                '<' => TagAt(i, end),
                '&' => EntityAt(i, end),
                '{' => MustacheAt(i, end),
                _ => RazorAt(i, end),
            };
            i += Math.Max(1, consumed);
            run = i;
        }

        _out.Append(s, run, end - run);
    }

    /// <summary>Text only (attribute values): entities and template expressions.</summary>
    private void ScanText(int start, int end)
    {
        var run = start;
        for (var i = start; i < end; i++)
        {
            var c = _source[i];
            if (c == '&')
            {
                var length = EntityDecoder.TryDecode(_source, i, end, out var decoded);
                if (length > 0)
                {
                    _out.Append(_source, run, i - run);
                    _out.Replace(decoded, i, length);
                    i += length - 1;
                    run = i + 1;
                }
            }
            else if ((c == '{' && i + 1 < end && (_source[i + 1] == '{' || _source[i + 1] == '%')) || (c == '@' && _kind == FileKind.Razor))
            {
                _out.Append(_source, run, i - run);
                var close = c == '@' ? RazorExpressionEnd(i + 1, end) : _source.IndexOf(_source[i + 1] == '%' ? "%}" : "}}", i, end - i, StringComparison.Ordinal);
                var stop = close < 0 ? end : (c == '@' ? close : close + 2);
                _out.Hole(i, stop - i);
                i = stop - 1;
                run = stop;
            }
        }

        _out.Append(_source, run, end - run);
    }

    /// <summary>Cheap check whether a special character starts a construct (so plain '<' and '@' stay text).</summary>
    private bool PeekConsumes(int at)
    {
        var s = _source;
        var next = at + 1 < s.Length ? s[at + 1] : '\0';
        return s[at] switch
        {
            '<' => char.IsAsciiLetter(next) || next is '/' or '!' or '?',
            '&' => EntityDecoder.TryDecode(s, at, s.Length, out _) > 0,
            '{' => next is '{' or '%',
            '@' => (at == 0 || !char.IsAsciiLetterOrDigit(s[at - 1])) && (char.IsAsciiLetter(next) || next is '(' or '{' or '*' or '@' or '_'),
            _ => false,
        };
    }

    private int EntityAt(int at, int end)
    {
        var length = EntityDecoder.TryDecode(_source, at, end, out var decoded);
        _out.Replace(decoded, at, length);
        return length;
    }

    private int TagAt(int at, int end)
    {
        var s = _source;
        if (string.CompareOrdinal(s, at, "<!--", 0, 4) == 0)
        {
            var close = s.IndexOf("-->", at + 4, StringComparison.Ordinal);
            var stop = close < 0 ? end : close + 3;
            SuppressionDirective.Scan(s, at, stop - at, _out.Directives);
            _out.Replace(" ", at, stop - at);
            return stop - at;
        }

        if (s[at + 1] is '!' or '?')
        {
            var close = s.IndexOf('>', at);
            var stop = close < 0 ? end : close + 1;
            Break();
            return stop - at;
        }

        var closing = s[at + 1] == '/';
        var nameStart = at + (closing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < end && (char.IsAsciiLetterOrDigit(s[nameEnd]) || s[nameEnd] is '-' or ':' or '.' or '_'))
        {
            nameEnd++;
        }

        var name = s[nameStart..nameEnd];
        var tagEnd = FindTagEnd(nameEnd, end);
        if (!closing)
        {
            CollectTextAttributes(nameEnd, tagEnd);
        }

        var length = tagEnd - at;
        if (!closing && s_skippedElements.Contains(name) && s[tagEnd - 2] != '/')
        {
            var closeTag = s.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
            var closeEnd = closeTag < 0 ? end : FindTagEnd(closeTag + 2 + name.Length, end);
            if (name.Equals("code", StringComparison.OrdinalIgnoreCase) || name.Equals("kbd", StringComparison.OrdinalIgnoreCase) || name.Equals("samp", StringComparison.OrdinalIgnoreCase))
            {
                _out.Hole(at, closeEnd - at);
            }
            else
            {
                Break();
            }

            return closeEnd - at;
        }

        if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            _out.Replace("\n", at, length);
        }
        else if (s_blockTags.Contains(name))
        {
            Break();
        }

        // Inline tags (<b>, <a>, <span>...) vanish: the phrase runs across them as the reader sees it.
        return length;
    }

    private int FindTagEnd(int from, int end)
    {
        var s = _source;
        char quote = '\0';
        for (var i = from; i < end; i++)
        {
            var c = s[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return end;
    }

    private void CollectTextAttributes(int from, int tagEnd)
    {
        var s = _source;
        var i = from;
        while (i < tagEnd)
        {
            while (i < tagEnd && !char.IsAsciiLetter(s[i]))
            {
                if (s[i] is '"' or '\'')
                {
                    var skip = s.IndexOf(s[i], i + 1);
                    i = skip < 0 ? tagEnd : skip + 1;
                    continue;
                }

                i++;
            }

            var nameStart = i;
            while (i < tagEnd && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '-' or ':' or '_'))
            {
                i++;
            }

            var name = s[nameStart..i];
            while (i < tagEnd && s[i] == ' ')
            {
                i++;
            }

            if (i >= tagEnd || s[i] != '=')
            {
                continue;
            }

            i++;
            while (i < tagEnd && s[i] == ' ')
            {
                i++;
            }

            if (i < tagEnd && s[i] is '"' or '\'')
            {
                var close = s.IndexOf(s[i], i + 1);
                if (close < 0 || close >= tagEnd)
                {
                    return;
                }

                if (s_textAttributes.Contains(name) && close > i + 1)
                {
                    _attributeValues.Add((i + 1, close));
                }

                i = close + 1;
            }
        }
    }

    private int MustacheAt(int at, int end)
    {
        var s = _source;
        var isTag = s[at + 1] == '%';
        var closer = isTag ? "%}" : (at + 2 < end && s[at + 2] == '{' ? "}}}" : "}}");
        var close = s.IndexOf(closer, at + 2, StringComparison.Ordinal);
        var stop = close < 0 ? end : close + closer.Length;
        var inner = s.AsSpan(at + 2, Math.Max(0, stop - at - 2 - (close < 0 ? 0 : closer.Length))).TrimStart("{-~ ");
        if (inner.StartsWith("!") || inner.StartsWith("#") && _kind == FileKind.Scriban || inner.StartsWith("comment", StringComparison.Ordinal))
        {
            // Comments: {{! ... }}, {{!-- --}}, {% comment %}...{% endcomment %}, Scriban {{# ... }}.
            if (inner.StartsWith("comment", StringComparison.Ordinal))
            {
                var endComment = s.IndexOf("endcomment", stop, StringComparison.Ordinal);
                if (endComment >= 0)
                {
                    var endClose = s.IndexOf("%}", endComment, StringComparison.Ordinal);
                    stop = endClose < 0 ? end : endClose + 2;
                }
            }

            SuppressionDirective.Scan(s, at, stop - at, _out.Directives);
            _out.Replace(" ", at, stop - at);
            return stop - at;
        }

        if (isTag || IsControlFlow(inner))
        {
            Break();
        }
        else
        {
            _out.Hole(at, stop - at);
        }

        return stop - at;
    }

    private static bool IsControlFlow(ReadOnlySpan<char> inner)
    {
        if (inner.Length == 0)
        {
            return true;
        }

        if (inner[0] is '#' or '/' or '^' or '>' or '<' or '$')
        {
            return true;
        }

        var wordEnd = 0;
        while (wordEnd < inner.Length && char.IsAsciiLetter(inner[wordEnd]))
        {
            wordEnd++;
        }

        return inner[..wordEnd] switch
        {
            "if" or "else" or "elseif" or "end" or "for" or "while" or "func" or "capture" or "case" or "when" or "with" or "each" or "unless" or "tablerow" or "wrap" or "ret" or "break" or "continue" => true,
            _ => false,
        };
    }

    private int RazorAt(int at, int end)
    {
        var s = _source;
        var next = s[at + 1];
        if (next == '@')
        {
            _out.Replace("@", at, 2);
            return 2;
        }

        if (next == '*')
        {
            var close = s.IndexOf("*@", at + 2, StringComparison.Ordinal);
            var stop = close < 0 ? end : close + 2;
            SuppressionDirective.Scan(s, at, stop - at, _out.Directives);
            _out.Replace(" ", at, stop - at);
            return stop - at;
        }

        if (next == '{')
        {
            var stop = Balanced(at + 1, end, '{', '}');
            Break();
            return stop - at;
        }

        if (next == '(')
        {
            var stop = Balanced(at + 1, end, '(', ')');
            _out.Hole(at, stop - at);
            return stop - at;
        }

        var wordEnd = at + 1;
        while (wordEnd < end && (char.IsAsciiLetterOrDigit(s[wordEnd]) || s[wordEnd] == '_'))
        {
            wordEnd++;
        }

        var word = s[(at + 1)..wordEnd];
        if (s_razorLineDirectives.Contains(word) && (word != "using" || !NextNonSpaceIs(wordEnd, end, '(')))
        {
            var nl = s.IndexOf('\n', wordEnd);
            Break();
            return (nl < 0 ? end : nl) - at;
        }

        if (s_razorBlockKeywords.Contains(word))
        {
            // @if (...) {  /  @code { ... }: the header is code, the braces' content is markup again.
            var i = wordEnd;
            while (i < end && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            if (i < end && s[i] == '(')
            {
                i = Balanced(i, end, '(', ')');
            }

            if (word is "code" or "functions")
            {
                while (i < end && char.IsWhiteSpace(s[i]))
                {
                    i++;
                }

                if (i < end && s[i] == '{')
                {
                    i = Balanced(i, end, '{', '}');
                }
            }

            Break();
            return i - at;
        }

        var exprEnd = RazorExpressionEnd(at + 1, end);
        _out.Hole(at, exprEnd - at);
        return exprEnd - at;
    }

    private bool NextNonSpaceIs(int from, int end, char c)
    {
        var i = from;
        while (i < end && IsSpace(_source[i]))
        {
            i++;
        }

        return i < end && _source[i] == c;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t';

    /// <summary>End of an implicit Razor expression: identifiers joined by '.', with (...) and [...] parts.</summary>
    private int RazorExpressionEnd(int from, int end)
    {
        var s = _source;
        var i = from;
        while (i < end)
        {
            if (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '_')
            {
                i++;
            }
            else if (s[i] == '(')
            {
                i = Balanced(i, end, '(', ')');
            }
            else if (s[i] == '[')
            {
                i = Balanced(i, end, '[', ']');
            }
            else if (s[i] == '.' && i + 1 < end && (char.IsAsciiLetter(s[i + 1]) || s[i + 1] == '_'))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private int Balanced(int open, int end, char o, char c)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (_source[i] == o)
            {
                depth++;
            }
            else if (_source[i] == c && --depth == 0)
            {
                return i + 1;
            }
        }

        return end;
    }
}
