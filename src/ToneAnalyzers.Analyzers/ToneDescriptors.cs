using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ToneAnalyzers.Analyzers;

/// <summary>
/// The diagnostics of ToneAnalyzers: one per taxonomy category (TONE001..TONE008, titles from <see cref="CategoryInfo"/>),
/// plus TONE000 (a file could not be analysed) and TONE900 (a custom rule file is invalid).
/// Ids, categories and severities are constants so release tracking (RS2000) can read them; a test checks they agree with <see cref="CategoryInfo.All"/>.
/// </summary>
public static class ToneDescriptors
{
    public const string HelpLinkBase = "https://github.com/toneanalyzers/toneanalyzers/blob/main/docs/rules/";

    /// <summary>Diagnostic property: the rule id that matched (<c>en/owed-gratitude</c>).</summary>
    public const string RuleIdProperty = "ToneRuleId";

    /// <summary>Diagnostic property: the number of suggestions; each is in <c>ToneSuggestion0</c>, <c>ToneSuggestion1</c>...</summary>
    public const string SuggestionCountProperty = "ToneSuggestionCount";

    public const string SuggestionPropertyPrefix = "ToneSuggestion";

    /// <summary>Diagnostic property: the kind of text (<c>csharp</c>, <c>resx</c>, <c>html</c>, <c>markdown</c>, <c>text</c>...), which decides the escaping of a fix.</summary>
    public const string TextKindProperty = "ToneTextKind";

    private const string FormatWithSuggestion = "\"{0}\" {1}{2}";

    public static readonly DiagnosticDescriptor AnalysisFailure = new(
        "TONE000",
        "ToneAnalyzers could not analyze a file",
        "ToneAnalyzers could not analyze {0}: {1}",
        "ToneAnalyzers",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A file could not be read or parsed (for example a malformed .resx), or the analyzer failed on it. Other files are still analysed.",
        helpLinkUri: HelpLinkBase + "TONE000.md");

    public static readonly DiagnosticDescriptor InvalidRuleFile = new(
        "TONE900",
        "Invalid ToneAnalyzers rule file",
        "{0}",
        "ToneAnalyzers",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A custom rule file (*.tone.yaml, *.tonerules.yaml) has an error; its valid rules are still used.",
        helpLinkUri: HelpLinkBase + "TONE900.md");

    public static readonly DiagnosticDescriptor OwedGratitude = Create("TONE001", ToneCategory.OwedGratitude, "OwedGratitude", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor Dismissal = Create("TONE002", ToneCategory.Dismissal, "Dismissal", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor Condescension = Create("TONE003", ToneCategory.Condescension, "Condescension", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor Blame = Create("TONE004", ToneCategory.Blame, "Blame", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor TonePolicing = Create("TONE005", ToneCategory.TonePolicing, "TonePolicing", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor RightsDenial = Create("TONE006", ToneCategory.RightsDenial, "RightsDenial", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ManipulativePressure = Create("TONE007", ToneCategory.ManipulativePressure, "ManipulativePressure", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor HollowPlatitude = Create("TONE008", ToneCategory.HollowPlatitude, "HollowPlatitude", DiagnosticSeverity.Info);

    private static readonly DiagnosticDescriptor[] s_byCategory =
    {
        OwedGratitude, Dismissal, Condescension, Blame, TonePolicing, RightsDenial, ManipulativePressure, HollowPlatitude,
    };

    /// <summary>Every descriptor ToneAnalyzers reports.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        AnalysisFailure, InvalidRuleFile, OwedGratitude, Dismissal, Condescension, Blame, TonePolicing, RightsDenial, ManipulativePressure, HollowPlatitude);

    /// <summary>The descriptors of the eight categories, in category order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Categories => s_byCategory;

    public static DiagnosticDescriptor For(ToneCategory category) => s_byCategory[(int)category - 1];

    /// <summary>Warning stays Warning, Suggestion becomes Info, Hidden stays Hidden.</summary>
    public static DiagnosticSeverity ToDiagnosticSeverity(ToneSeverity severity) => severity switch
    {
        ToneSeverity.Error => DiagnosticSeverity.Error,
        ToneSeverity.Warning => DiagnosticSeverity.Warning,
        ToneSeverity.Suggestion => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static DiagnosticDescriptor Create(string id, ToneCategory category, string diagnosticCategory, DiagnosticSeverity severity)
    {
        var info = CategoryInfo.Of(category);
        return new DiagnosticDescriptor(
            id,
            info.Title,
            FormatWithSuggestion,
            diagnosticCategory,
            severity,
            isEnabledByDefault: true,
            description: info.Summary + ".",
            helpLinkUri: HelpLinkBase + id + ".md");
    }
}
