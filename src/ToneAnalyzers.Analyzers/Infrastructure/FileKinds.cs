using System;

namespace ToneAnalyzers.Analyzers;

/// <summary>What an additional file is, decided by its name (and the <c>ToneAnalyzersKind</c> item metadata when set).</summary>
public enum ToneFileKind
{
    None,
    Resx,
    RuleFile,
    Html,
    Razor,
    Mustache,
    Liquid,
    Scriban,
    Markdown,
    PlainText,
}

public static class FileKinds
{
    /// <summary>Tool files that are AdditionalFiles in many projects and are not customer text.</summary>
    private static readonly string[] s_toolFilePrefixes =
    {
        "PublicAPI.", "InternalAPI.", "BannedSymbols", "AnalyzerReleases.", "NativeMethods.", "stylecop.", "CHANGELOG", "LICENSE", "THIRD-PARTY",
    };

    public static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    /// <summary>Classifies an additional file; <paramref name="kindOverride"/> is the ToneAnalyzersKind metadata (may be null).</summary>
    public static ToneFileKind Classify(string path, string? kindOverride)
    {
        if (!string.IsNullOrWhiteSpace(kindOverride))
        {
            switch (kindOverride!.Trim().ToUpperInvariant())
            {
                case "NONE":
                case "IGNORE":
                    return ToneFileKind.None;
                case "RESX":
                    return ToneFileKind.Resx;
                case "HTML":
                    return ToneFileKind.Html;
                case "RAZOR":
                    return ToneFileKind.Razor;
                case "MUSTACHE":
                case "HANDLEBARS":
                    return ToneFileKind.Mustache;
                case "LIQUID":
                    return ToneFileKind.Liquid;
                case "SCRIBAN":
                    return ToneFileKind.Scriban;
                case "MARKDOWN":
                    return ToneFileKind.Markdown;
                case "TEXT":
                    return ToneFileKind.PlainText;
            }
        }

        var name = FileName(path);
        if (Configuration.EngineCache.IsRuleFile(name))
        {
            return ToneFileKind.RuleFile;
        }

        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return ToneFileKind.None;
        }

        switch (name.Substring(dot).ToUpperInvariant())
        {
            case ".RESX":
            case ".RESW":
                return ToneFileKind.Resx;
            case ".CSHTML":
            case ".RAZOR":
                return ToneFileKind.Razor;
            case ".HBS":
            case ".HANDLEBARS":
            case ".MUSTACHE":
                return ToneFileKind.Mustache;
            case ".LIQUID":
                return ToneFileKind.Liquid;
            case ".SBN":
            case ".SCRIBAN":
            case ".SBNHTML":
            case ".SBN-HTML":
                return ToneFileKind.Scriban;
            case ".HTML":
            case ".HTM":
                return ToneFileKind.Html;
            case ".MD":
            case ".MARKDOWN":
                return IsToolFile(name) ? ToneFileKind.None : ToneFileKind.Markdown;
            case ".TXT":
                return IsToolFile(name) ? ToneFileKind.None : ToneFileKind.PlainText;
            default:
                return ToneFileKind.None;
        }
    }

    /// <summary>
    /// The language of a file from a culture suffix (<c>Strings.ru-RU.resx</c>, <c>Welcome.pl.liquid</c>):
    /// <see cref="ToneLanguage.None"/> when there is no culture suffix, and <c>null</c> when there is one we have no rules for (de-DE).
    /// </summary>
    public static ToneLanguage? CultureLanguage(string path)
    {
        var name = FileName(path);
        var lastDot = name.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return ToneLanguage.None;
        }

        var previousDot = name.LastIndexOf('.', lastDot - 1);
        if (previousDot < 0)
        {
            return ToneLanguage.None;
        }

        var suffix = name.Substring(previousDot + 1, lastDot - previousDot - 1);
        if (!LooksLikeCulture(suffix))
        {
            return ToneLanguage.None;
        }

        var language = ToneLanguages.FromCultureName(suffix);
        if (language != ToneLanguage.None)
        {
            return language;
        }

        // "de", "de-DE": a culture we have no rules for. "min" (Site.min.html) is not a culture.
        return suffix.Length == 2 || suffix.IndexOf('-') > 0 || suffix.IndexOf('_') > 0 ? null : ToneLanguage.None;
    }

    private static bool LooksLikeCulture(string suffix)
    {
        // "ru", "ru-RU", "sr-Latn-RS", "zh-Hans", "pl_PL": two or three letters, then optional -subtags of letters or digits.
        var i = 0;
        while (i < suffix.Length && IsAsciiLetter(suffix[i]))
        {
            i++;
        }

        if (i < 2 || i > 3)
        {
            return false;
        }

        while (i < suffix.Length)
        {
            if (suffix[i] != '-' && suffix[i] != '_')
            {
                return false;
            }

            var start = ++i;
            while (i < suffix.Length && (IsAsciiLetter(suffix[i]) || (suffix[i] >= '0' && suffix[i] <= '9')))
            {
                i++;
            }

            if (i - start < 2 || i - start > 8)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsToolFile(string name)
    {
        foreach (var prefix in s_toolFilePrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
