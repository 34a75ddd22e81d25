using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace ToneCheck.Extraction;

/// <summary>
/// The string values of a .resx/.resw file, each one piece, entities decoded and format placeholders ({0}, {name})
/// masked, mapped back to exact offsets. A value whose comment holds "tonecheck-disable [ids]" is suppressed.
/// </summary>
internal static class ResxExtractor
{
    public static ExtractedText Extract(string source)
    {
        var collector = TextCollector.Rent();
        var lines = new LineMap(source);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(source), settings);
        var info = (IXmlLineInfo)reader;
        (int Start, int End)? value = null;
        string? comment = null;
        var inData = false;
        var dataDepth = 0;
        var current = false;
        while (current || reader.Read())
        {
            current = false;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "data" && !inData)
            {
                if (reader.GetAttribute("type") is not null || reader.GetAttribute("mimetype") is not null ||
                    (reader.GetAttribute("name") ?? string.Empty).StartsWith(">>", StringComparison.Ordinal) || reader.IsEmptyElement)
                {
                    reader.Skip();
                    current = true; // Skip moved onto the next node already.
                    continue;
                }

                inData = true;
                dataDepth = reader.Depth;
                value = null;
                comment = null;
            }
            else if (inData && reader.NodeType == XmlNodeType.Element && reader.LocalName == "value" && !reader.IsEmptyElement)
            {
                var nameOffset = lines.GetOffset(info.LineNumber, info.LinePosition);
                var open = source.IndexOf('>', nameOffset);
                var close = open < 0 ? -1 : source.IndexOf("</value", open, StringComparison.Ordinal);
                if (open >= 0 && close > open)
                {
                    value = (open + 1, close);
                }
            }
            else if (inData && reader.NodeType == XmlNodeType.Element && reader.LocalName == "comment" && !reader.IsEmptyElement)
            {
                comment = reader.ReadElementContentAsString();
                current = true;
            }
            else if (inData && reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "data" && reader.Depth == dataDepth)
            {
                Emit(source, value, comment, collector);
                inData = false;
            }
        }

        return collector.Build();
    }

    private static void Emit(string source, (int Start, int End)? value, string? comment, TextCollector into)
    {
        if (value is not { } range)
        {
            return;
        }

        var suppressed = comment is null ? null : SuppressionDirective.ParseResourceComment(comment);
        into.BeginPiece();
        AppendXmlText(source, range.Start, range.End, into);
        into.EndPiece(suppressed);
    }

    /// <summary>Raw XML element content: entities decoded, CDATA unwrapped, placeholders masked.</summary>
    private static void AppendXmlText(string source, int start, int end, TextCollector into)
    {
        var run = start;
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (c == '&')
            {
                var length = EntityDecoder.TryDecode(source, i, end, out var decoded);
                if (length > 0)
                {
                    into.Append(source, run, i - run);
                    into.Replace(decoded, i, length);
                    i += length;
                    run = i;
                    continue;
                }
            }
            else if (c == '<' && string.CompareOrdinal(source, i, "<![CDATA[", 0, 9) == 0)
            {
                into.Append(source, run, i - run);
                var close = source.IndexOf("]]>", i + 9, end - i - 9, StringComparison.Ordinal);
                var contentEnd = close < 0 ? end : close;
                AppendWithPlaceholders(source, i + 9, contentEnd, into);
                i = close < 0 ? end : close + 3;
                run = i;
                continue;
            }
            else if (c == '{')
            {
                var length = PlaceholderLength(source, i, end);
                if (length > 0)
                {
                    into.Append(source, run, i - run);
                    into.Hole(i, length);
                    i += length;
                    run = i;
                    continue;
                }
            }

            i++;
        }

        into.Append(source, run, end - run);
    }

    private static void AppendWithPlaceholders(string source, int start, int end, TextCollector into)
    {
        var run = start;
        for (var i = start; i < end; i++)
        {
            if (source[i] == '{')
            {
                var length = PlaceholderLength(source, i, end);
                if (length > 0)
                {
                    into.Append(source, run, i - run);
                    into.Hole(i, length);
                    run = i + length;
                    i = run - 1;
                }
            }
        }

        into.Append(source, run, end - run);
    }

    /// <summary>Length of a .NET format placeholder ({0}, {0:N2}, {name}) at <paramref name="start"/>, or 0.</summary>
    internal static int PlaceholderLength(string source, int start, int end)
    {
        var close = source.IndexOf('}', start + 1, Math.Min(end - start - 1, 64));
        if (close < 0 || close == start + 1)
        {
            return 0;
        }

        for (var i = start + 1; i < close; i++)
        {
            var c = source[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or ':' or ',' or '-' or '.' or '#' or ' '))
            {
                return 0;
            }
        }

        return close - start + 1;
    }
}
