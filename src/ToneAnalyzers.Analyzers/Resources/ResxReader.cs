using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers.Resources;

/// <summary>One string resource of a .resx/.resw file: its value decoded from XML, mapped to exact offsets in the file.</summary>
public sealed class ResxString
{
    public ResxString(string name, MappedText value, bool ignored)
    {
        Name = name;
        Value = value;
        Ignored = ignored;
    }

    public string Name { get; }

    public MappedText Value { get; }

    /// <summary>The resource's comment contains <c>tone-ignore</c>.</summary>
    public bool Ignored { get; }
}

/// <summary>
/// Reads the string resources of a .resx/.resw: <c>&lt;data&gt;</c> values without <c>type=</c> or <c>mimetype=</c>
/// (file references, binary data), not comments. XmlReader checks well-formedness and finds the elements; the value is then decoded
/// from the raw text (entities, CDATA, comments) so offsets stay exact.
/// </summary>
public static class ResxReader
{
    public static IReadOnlyList<ResxString> Read(string source, Func<int, int> lineStart, out (int Line, int Column, string Message)? error)
    {
        var result = new List<ResxString>();
        error = null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = false,
            CloseInput = true,
        };

        try
        {
            using var reader = XmlReader.Create(new StringReader(source), settings);
            var lineInfo = (IXmlLineInfo)reader;
            var more = reader.Read();
            while (more)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == "data" && !reader.IsEmptyElement)
                {
                    var name = reader.GetAttribute("name") ?? string.Empty;
                    var isString = reader.GetAttribute("type") is null && reader.GetAttribute("mimetype") is null && !name.StartsWith(">>", StringComparison.Ordinal);
                    var depth = reader.Depth;
                    MappedText? value = null;
                    var ignored = false;
                    more = reader.Read();
                    while (more && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
                    {
                        if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "comment" && !reader.IsEmptyElement)
                        {
                            ignored |= reader.ReadElementContentAsString().IndexOf("tone-ignore", StringComparison.OrdinalIgnoreCase) >= 0;
                            more = !reader.EOF;
                            continue;
                        }

                        if (isString && reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "value" && !reader.IsEmptyElement)
                        {
                            var elementStart = lineStart(lineInfo.LineNumber) + lineInfo.LinePosition - 2;
                            value = DecodeValue(source, elementStart);
                        }

                        more = reader.Read();
                    }

                    if (value is not null)
                    {
                        result.Add(new ResxString(name, value, ignored));
                    }
                }

                more = more && reader.Read();
            }
        }
        catch (XmlException e)
        {
            error = (Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), e.Message);
            return Array.Empty<ResxString>();
        }

        return result;
    }

    /// <summary>Decodes the content of the <c>&lt;value&gt;</c> element whose '&lt;' is at <paramref name="elementStart"/>.</summary>
    private static MappedText DecodeValue(string source, int elementStart)
    {
        var builder = new MappedTextBuilder();
        var i = SkipTag(source, elementStart);
        var run = i;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '<')
            {
                builder.Append(source, run, i - run);
                if (string.CompareOrdinal(source, i, "<![CDATA[", 0, 9) == 0)
                {
                    var close = source.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                    var end = close < 0 ? source.Length : close;
                    builder.Append(source, i + 9, end - (i + 9));
                    i = close < 0 ? source.Length : close + 3;
                }
                else if (string.CompareOrdinal(source, i, "<!--", 0, 4) == 0)
                {
                    var close = source.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    var end = close < 0 ? source.Length : close + 3;
                    builder.AppendReplacement(" ", i, end - i);
                    i = end;
                }
                else
                {
                    // "</value>" (or a stray element, which a string resource does not have): the value ends.
                    return builder.Build();
                }

                run = i;
            }
            else if (c == '&')
            {
                var semicolon = source.IndexOf(';', i + 1);
                if (semicolon > i && semicolon - i <= 12 && TryDecodeEntity(source.Substring(i + 1, semicolon - i - 1), out var decoded))
                {
                    builder.Append(source, run, i - run);
                    builder.AppendReplacement(decoded, i, semicolon + 1 - i);
                    i = semicolon + 1;
                    run = i;
                }
                else
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
        }

        builder.Append(source, run, source.Length - run);
        return builder.Build();
    }

    private static int SkipTag(string source, int start)
    {
        char quote = '\0';
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '"' || c == '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return source.Length;
    }

    /// <summary>Decodes the XML entities (and character references) a .resx can contain.</summary>
    public static bool TryDecodeEntity(string name, out string value)
    {
        switch (name)
        {
            case "lt": value = "<"; return true;
            case "gt": value = ">"; return true;
            case "amp": value = "&"; return true;
            case "quot": value = "\""; return true;
            case "apos": value = "'"; return true;
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] == 'x' || name[1] == 'X';
            var digits = name.Substring(hex ? 2 : 1);
            if (int.TryParse(digits, hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            {
                value = char.ConvertFromUtf32(code);
                return true;
            }
        }

        value = string.Empty;
        return false;
    }
}
