using System;
using System.Collections.Generic;

namespace ToneAnalyzers;

/// <summary>The languages ToneAnalyzers has rules for. A set of flags, so a text can be checked against several.</summary>
[Flags]
public enum ToneLanguage
{
    None = 0,
    English = 1,
    Russian = 2,
    Polish = 4,
    /// <summary>Serbian, Cyrillic and Latin script alike.</summary>
    Serbian = 8,
    All = English | Russian | Polish | Serbian,
}

/// <summary>Conversions between <see cref="ToneLanguage"/> and language codes or culture names.</summary>
public static class ToneLanguages
{
    private static readonly (ToneLanguage Language, string Code)[] s_codes =
    {
        (ToneLanguage.English, "en"),
        (ToneLanguage.Russian, "ru"),
        (ToneLanguage.Polish, "pl"),
        (ToneLanguage.Serbian, "sr"),
    };

    /// <summary>The single languages, in a fixed order.</summary>
    public static IEnumerable<ToneLanguage> Each
    {
        get
        {
            foreach (var (language, _) in s_codes)
            {
                yield return language;
            }
        }
    }

    /// <summary>The two-letter code of a single language ("en", "ru", "pl", "sr").</summary>
    public static string ToCode(ToneLanguage language)
    {
        foreach (var (l, code) in s_codes)
        {
            if (l == language)
            {
                return code;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(language), language, "Not a single language.");
    }

    /// <summary>
    /// Reads a language code or culture name: "en", "ru-RU", "sr-Latn-RS", "sr-Cyrl", "pl_PL", "sr@latin", "english".
    /// Returns <see cref="ToneLanguage.None"/> for anything else.
    /// </summary>
    public static ToneLanguage FromCultureName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ToneLanguage.None;
        }

        var trimmed = name!.Trim();
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        var head = trimmed.Substring(0, end).ToLowerInvariant();
        switch (head)
        {
            case "en":
            case "english":
                return ToneLanguage.English;
            case "ru":
            case "russian":
                return ToneLanguage.Russian;
            case "pl":
            case "polish":
                return ToneLanguage.Polish;
            case "sr":
            case "serbian":
            case "sh": // old code for Serbo-Croatian, still seen in resource names
                return ToneLanguage.Serbian;
            default:
                return ToneLanguage.None;
        }
    }

    /// <summary>Reads a list such as "en, ru; pl" or "all". Unknown entries are returned in <paramref name="unknown"/>.</summary>
    public static ToneLanguage ParseList(string? list, out IReadOnlyList<string> unknown)
    {
        var bad = new List<string>();
        var result = ToneLanguage.None;
        if (list != null)
        {
            foreach (var part in list.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (string.Equals(part, "all", StringComparison.OrdinalIgnoreCase) || part == "*")
                {
                    result |= ToneLanguage.All;
                    continue;
                }

                var language = FromCultureName(part);
                if (language == ToneLanguage.None)
                {
                    bad.Add(part);
                }

                result |= language;
            }
        }

        unknown = bad;
        return result;
    }

    /// <summary>"en, ru" style text for a set of languages.</summary>
    public static string Describe(ToneLanguage languages)
    {
        var parts = new List<string>();
        foreach (var (l, code) in s_codes)
        {
            if ((languages & l) != 0)
            {
                parts.Add(code);
            }
        }

        return string.Join(", ", parts);
    }
}
