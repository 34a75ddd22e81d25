using System;
using System.Collections.Generic;
using ToneAnalyzers;

namespace ToneCheck.Extraction;

/// <summary>
/// Reads the few YAML front-matter keys tonecheck cares about, line by line with exact offsets: the configured
/// prose keys (title, description) become pieces, lang/locale sets the language. Everything else is left alone.
/// </summary>
internal static class FrontMatter
{
    public static void Extract(string source, int start, int length, IReadOnlyCollection<string> keys, TextCollector into)
    {
        var end = Math.Min(source.Length, start + length);
        var lines = new List<(int Start, int End)>();
        for (var pos = start; pos < end;)
        {
            var nl = source.IndexOf('\n', pos, end - pos);
            var lineEnd = nl < 0 ? end : nl;
            var contentEnd = lineEnd > pos && source[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            lines.Add((pos, contentEnd));
            pos = nl < 0 ? end : nl + 1;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var (ls, le) = lines[i];
            if (le - ls < 2 || source[ls] == ' ' || source[ls] == '\t' || source[ls] == '#' || source[ls] == '-')
            {
                continue;
            }

            var colon = source.IndexOf(':', ls, le - ls);
            if (colon <= ls)
            {
                continue;
            }

            var key = source.AsSpan(ls, colon - ls).Trim().ToString();
            var vs = colon + 1;
            while (vs < le && (source[vs] == ' ' || source[vs] == '\t'))
            {
                vs++;
            }

            var ve = le;
            while (ve > vs && (source[ve - 1] == ' ' || source[ve - 1] == '\t'))
            {
                ve--;
            }

            if (key.Equals("lang", StringComparison.OrdinalIgnoreCase) || key.Equals("locale", StringComparison.OrdinalIgnoreCase) || key.Equals("language", StringComparison.OrdinalIgnoreCase))
            {
                var value = source.AsSpan(vs, ve - vs).Trim("\"'").ToString();
                var language = ToneLanguages.FromCultureName(value);
                if (language != ToneLanguage.None)
                {
                    into.DeclaredLanguage = language;
                }

                continue;
            }

            if (!Contains(keys, key))
            {
                continue;
            }

            if (vs < ve && (source[vs] == '>' || source[vs] == '|'))
            {
                // Block scalar: the indented lines below.
                into.BeginPiece();
                var first = true;
                while (i + 1 < lines.Count && lines[i + 1].End > lines[i + 1].Start && (source[lines[i + 1].Start] == ' ' || source[lines[i + 1].Start] == '\t'))
                {
                    i++;
                    var (bs, be) = lines[i];
                    while (bs < be && (source[bs] == ' ' || source[bs] == '\t'))
                    {
                        bs++;
                    }

                    if (!first)
                    {
                        into.Replace(source[vs] == '>' ? " " : "\n", bs - 1, 0);
                    }

                    into.Append(source, bs, be - bs);
                    first = false;
                }

                into.EndPiece();
                continue;
            }

            if (ve - vs >= 2 && (source[vs] == '"' || source[vs] == '\'') && source[ve - 1] == source[vs])
            {
                vs++;
                ve--;
            }

            into.BeginPiece();
            into.Append(source, vs, ve - vs);
            into.EndPiece();
        }
    }

    private static bool Contains(IReadOnlyCollection<string> keys, string key)
    {
        foreach (var k in keys)
        {
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
