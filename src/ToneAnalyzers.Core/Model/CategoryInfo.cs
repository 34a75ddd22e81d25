using System;
using System.Collections.Generic;

namespace ToneAnalyzers;

/// <summary>Fixed facts about one taxonomy category: its diagnostic id, the slug used in rule files, a title and default severity.</summary>
public sealed class CategoryInfo
{
    private static readonly CategoryInfo[] s_all =
    {
        new(ToneCategory.OwedGratitude, "owed-gratitude", "Owed gratitude", "Says the customer owes us thanks or loyalty", ToneSeverity.Warning),
        new(ToneCategory.Dismissal, "dismissal", "Dismissal", "Sends the customer away or refuses ownership", ToneSeverity.Warning),
        new(ToneCategory.Condescension, "condescension", "Condescension", "Implies the customer is slow or ignorant", ToneSeverity.Warning),
        new(ToneCategory.Blame, "blame", "Blame", "Puts the fault on the customer", ToneSeverity.Warning),
        new(ToneCategory.TonePolicing, "tone-policing", "Tone policing", "Tells the customer how to feel or speak", ToneSeverity.Warning),
        new(ToneCategory.RightsDenial, "rights-denial", "Rights denial", "Denies the customer a say", ToneSeverity.Warning),
        new(ToneCategory.ManipulativePressure, "manipulative-pressure", "Manipulative pressure", "Confirmshaming, false urgency, fear or guilt", ToneSeverity.Warning),
        new(ToneCategory.HollowPlatitude, "hollow-platitude", "Hollow platitude", "A scripted phrase customers read as insincere", ToneSeverity.Suggestion),
    };

    private CategoryInfo(ToneCategory category, string slug, string title, string summary, ToneSeverity defaultSeverity)
    {
        Category = category;
        Slug = slug;
        Title = title;
        Summary = summary;
        DefaultSeverity = defaultSeverity;
        DiagnosticId = "TONE" + ((int)category).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
    }

    public ToneCategory Category { get; }

    /// <summary>The name used in rule files, e.g. <c>owed-gratitude</c>.</summary>
    public string Slug { get; }

    public string Title { get; }

    public string Summary { get; }

    /// <summary>TONE001..TONE008.</summary>
    public string DiagnosticId { get; }

    public ToneSeverity DefaultSeverity { get; }

    /// <summary>The documentation page of this category, relative to the repository root.</summary>
    public string DocsPath => "docs/rules/" + DiagnosticId + ".md";

    public static IReadOnlyList<CategoryInfo> All => s_all;

    public static CategoryInfo Of(ToneCategory category) => s_all[(int)category - 1];

    public static bool TryParseSlug(string slug, out CategoryInfo info)
    {
        foreach (var c in s_all)
        {
            if (string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(c.DiagnosticId, slug, StringComparison.OrdinalIgnoreCase))
            {
                info = c;
                return true;
            }
        }

        info = null!;
        return false;
    }
}
