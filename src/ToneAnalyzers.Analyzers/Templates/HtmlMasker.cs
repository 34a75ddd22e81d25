using System;
using System.Collections.Generic;
using System.Globalization;

namespace ToneAnalyzers.Analyzers.Templates;

/// <summary>
/// HTML (.html, .htm, and the markup part of every template family): tags, comments, <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c> are masked;
/// the values of <c>alt</c>, <c>title</c>, <c>placeholder</c> and <c>aria-label</c> are kept as separate pieces; entities are decoded.
/// </summary>
public class HtmlMasker : TemplateMasker
{
    private static readonly HashSet<string> s_inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    private static readonly HashSet<string> s_visibleAttributes = new(StringComparer.OrdinalIgnoreCase) { "alt", "title", "placeholder", "aria-label" };

    private static readonly Dictionary<string, string> s_entities = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = " ", ["rsquo"] = "\u2019", ["lsquo"] = "\u2018",
        ["rdquo"] = "\u201D", ["ldquo"] = "\u201C", ["mdash"] = "\u2014", ["ndash"] = "\u2013", ["hellip"] = "\u2026", ["copy"] = "\u00A9", ["reg"] = "\u00AE",
        ["laquo"] = "\u00AB", ["raquo"] = "\u00BB", ["shy"] = string.Empty,
    };

    protected override int Consume(string s, int i, int end, EditList edits) => s[i] switch
    {
        '<' => ConsumeTag(s, i, end, edits),
        '&' => ConsumeEntity(s, i, end, edits),
        _ => i,
    };

    protected int ConsumeTag(string s, int i, int end, EditList edits)
    {
        if (StartsWith(s, i, end, "<!--"))
        {
            var close = After(s, i + 4, end, "-->");
            edits.Add(i, close - i, Break);
            return close;
        }

        if (StartsWith(s, i, end, "<!") || StartsWith(s, i, end, "<?"))
        {
            var close = After(s, i, end, ">");
            edits.Add(i, close - i, Break);
            return close;
        }

        var nameStart = i + 1 < end && s[i + 1] == '/' ? i + 2 : i + 1;
        var nameEnd = nameStart;
        while (nameEnd < end && (char.IsLetterOrDigit(s[nameEnd]) || s[nameEnd] == '-' || s[nameEnd] == ':' || s[nameEnd] == '.'))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || !char.IsLetter(s[nameStart]) || (nameEnd < end && !char.IsWhiteSpace(s[nameEnd]) && s[nameEnd] != '>' && s[nameEnd] != '/'))
        {
            return i;
        }

        var name = s.Substring(nameStart, nameEnd - nameStart);
        var tagEnd = TagEnd(s, nameEnd, end, out var values);
        var replacement = s_inline.Contains(name) ? Space : Break;
        if (nameStart == i + 1 && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
        {
            // The whole element, content included, is code.
            var close = After(s, tagEnd, end, "</" + name, ignoreCase: true);
            close = After(s, close, end, ">");
            edits.Add(i, close - i, Break);
            return close;
        }

        var position = i;
        foreach (var (valueStart, valueEnd) in values)
        {
            edits.Add(position, valueStart - position, Break);
            Scan(s, valueStart, valueEnd, edits);
            position = valueEnd;
        }

        edits.Add(position, tagEnd - position, position == i ? replacement : Break);
        return tagEnd;
    }

    /// <summary>Finds the '>' ending a tag (quotes respected) and the value ranges of the user-visible attributes.</summary>
    private static int TagEnd(string s, int i, int end, out List<(int Start, int End)> visibleValues)
    {
        visibleValues = new List<(int, int)>();
        while (i < end && s[i] != '>')
        {
            if (char.IsWhiteSpace(s[i]) || s[i] == '/')
            {
                i++;
                continue;
            }

            var attrStart = i;
            while (i < end && !char.IsWhiteSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/')
            {
                i++;
            }

            var attribute = s.Substring(attrStart, i - attrStart);
            while (i < end && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            if (i >= end || s[i] != '=')
            {
                continue;
            }

            i++;
            while (i < end && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            int valueStart, valueEnd;
            if (i < end && (s[i] == '"' || s[i] == '\''))
            {
                var quote = s[i];
                valueStart = i + 1;
                valueEnd = s.IndexOf(quote, valueStart, end - valueStart);
                valueEnd = valueEnd < 0 ? end : valueEnd;
                i = Math.Min(end, valueEnd + 1);
            }
            else
            {
                valueStart = i;
                while (i < end && !char.IsWhiteSpace(s[i]) && s[i] != '>')
                {
                    i++;
                }

                valueEnd = i;
            }

            if (s_visibleAttributes.Contains(attribute) && valueEnd > valueStart)
            {
                visibleValues.Add((valueStart, valueEnd));
            }
        }

        return Math.Min(end, i + 1);
    }

    protected static int ConsumeEntity(string s, int i, int end, EditList edits)
    {
        var semicolon = s.IndexOf(';', i + 1, Math.Min(end - i - 1, 12));
        if (semicolon < 0)
        {
            return i;
        }

        var name = s.Substring(i + 1, semicolon - i - 1);
        string? value = null;
        if (s_entities.TryGetValue(name, out var named))
        {
            value = named;
        }
        else if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] == 'x' || name[1] == 'X';
            if (int.TryParse(name.Substring(hex ? 2 : 1), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code) &&
                code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            {
                value = char.ConvertFromUtf32(code);
            }
        }

        if (value is null)
        {
            return i;
        }

        edits.Add(i, semicolon + 1 - i, value);
        return semicolon + 1;
    }
}
