using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ToneAnalyzers.Analyzers;

/// <summary>Turns engine findings into diagnostics: message naming the phrase and first suggestion, properties for the code fix.</summary>
public static class DiagnosticFactory
{
    public static Diagnostic Create(Finding finding, Location location, string textKind)
    {
        var descriptor = ToneDescriptors.For(finding.Category);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(ToneDescriptors.RuleIdProperty, finding.Rule.Id);
        properties.Add(ToneDescriptors.TextKindProperty, textKind);
        var suggestions = finding.Suggestions;
        properties.Add(ToneDescriptors.SuggestionCountProperty, suggestions.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < suggestions.Count; i++)
        {
            properties.Add(ToneDescriptors.SuggestionPropertyPrefix + i.ToString(CultureInfo.InvariantCulture), suggestions[i]);
        }

        var consider = suggestions.Count > 0 ? "; consider \"" + suggestions[0] + "\"" : string.Empty;
        return Diagnostic.Create(
            descriptor,
            location,
            properties.ToImmutable(),
            OneLine(finding.MatchedText),
            Describe(finding.Rule.Message),
            consider);
    }

    /// <summary>Reads the suggestions a diagnostic carries.</summary>
    public static IReadOnlyList<string> Suggestions(Diagnostic diagnostic)
    {
        var list = new List<string>();
        if (diagnostic.Properties.TryGetValue(ToneDescriptors.SuggestionCountProperty, out var countText) &&
            int.TryParse(countText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
        {
            for (var i = 0; i < count; i++)
            {
                if (diagnostic.Properties.TryGetValue(ToneDescriptors.SuggestionPropertyPrefix + i.ToString(CultureInfo.InvariantCulture), out var s) && s is not null)
                {
                    list.Add(s);
                }
            }
        }

        return list;
    }

    /// <summary>"Tells the customer they owe us thanks." becomes "tells the customer they owe us thanks".</summary>
    private static string Describe(string message)
    {
        var text = message.Trim();
        while (text.Length > 0 && (text[text.Length - 1] == '.' || text[text.Length - 1] == ' '))
        {
            text = text.Substring(0, text.Length - 1);
        }

        if (text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]))
        {
            text = char.ToLowerInvariant(text[0]) + text.Substring(1);
        }

        return text.Length == 0 ? "is flagged" : text;
    }

    private static string OneLine(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c == MappedTextHole ? '…' : c);
        }

        return builder.ToString();
    }

    private const char MappedTextHole = '\uFFFC';
}
