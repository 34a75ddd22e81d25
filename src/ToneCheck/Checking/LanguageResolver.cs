using System;
using ToneAnalyzers;

namespace ToneCheck.Checking;

/// <summary>
/// Which languages a file is checked in: configured &gt; declared in front matter &gt; implied by the path
/// (<c>/ru/</c>, <c>.ru.md</c>, <c>Strings.pl.resx</c>, <c>sr-Latn</c>, <c>sr@latin</c>) &gt; detected per piece by the engine (None).
/// </summary>
internal static class LanguageResolver
{
    public static ToneLanguage Resolve(ToneLanguage configured, ToneLanguage declared, string displayPath)
    {
        if (configured != ToneLanguage.None)
        {
            return configured;
        }

        return declared != ToneLanguage.None ? declared : FromPath(displayPath);
    }

    /// <summary>The language a path implies: the file name's culture suffix first, then the deepest culture folder.</summary>
    public static ToneLanguage FromPath(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        var fileName = normalized[(slash + 1)..];
        var parts = fileName.Split('.');
        for (var i = parts.Length - 2; i >= 1; i--)
        {
            var language = FromCultureSegment(parts[i]);
            if (language != ToneLanguage.None)
            {
                return language;
            }
        }

        var segments = slash < 0 ? Array.Empty<string>() : normalized[..slash].Split('/');
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            var language = FromCultureSegment(segments[i]);
            if (language != ToneLanguage.None)
            {
                return language;
            }
        }

        return ToneLanguage.None;
    }

    /// <summary>"ru", "ru-RU", "pl_PL", "sr-Latn", "sr-Cyrl-RS", "sr@latin", "en-us": a culture name and nothing else.</summary>
    private static ToneLanguage FromCultureSegment(string segment)
    {
        if (segment.Length < 2 || segment.Length > 16)
        {
            return ToneLanguage.None;
        }

        var head = segment.Length == 2 ? segment : segment[..2];
        if (segment.Length > 2 && segment[2] is not ('-' or '_' or '@'))
        {
            return ToneLanguage.None;
        }

        for (var i = 3; i < segment.Length; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(segment[i]) || segment[i] is '-' or '_'))
            {
                return ToneLanguage.None;
            }
        }

        return head.ToLowerInvariant() switch
        {
            "en" => ToneLanguage.English,
            "ru" => ToneLanguage.Russian,
            "pl" => ToneLanguage.Polish,
            "sr" => ToneLanguage.Serbian,
            _ => ToneLanguage.None,
        };
    }
}
