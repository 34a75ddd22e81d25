using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ToneAnalyzers.Matching;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// The baseline: one .NET Regex (Compiled, IgnoreCase) alternating the phrases of the same rules, written the way
/// a developer would: each pattern becomes one alternative with its groups (<c>(?:a|b)</c>), optional words
/// (<c>(?:\W+word)?</c>), stems (<c>stem\w*</c>) (gaps left out: literal phrases only), words joined by <c>\W+</c>.
/// Words are the engine's folded forms (for the English corpus: the lower-case words themselves).
/// </summary>
internal static class RegexBaseline
{
    public static Regex Build(IEnumerable<ToneRule> rules, out int phraseCount)
    {
        var phrases = rules.SelectMany(r => r.Patterns).Select(p => Sequence(PatternParser.Parse(p).Items)).Distinct().ToList();
        phraseCount = phrases.Count;
        return new Regex(@"\b(?:" + string.Join("|", phrases) + @")\b", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static string Sequence(PatternNode[] items)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var separator = i == 0 ? string.Empty : @"\W+";
            switch (item)
            {
                case OptionalNode o:
                    sb.Append("(?:").Append(separator).Append(Element(o.Inner)).Append(")?");
                    break;
                case GapNode:
                    // Literal phrases: a gap is spelled as no words at all.
                    break;
                default:
                    sb.Append(separator).Append(Element(item));
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Element(PatternNode node) => node switch
    {
        WordNode w => Regex.Escape(w.Folded) + (w.IsPrefix ? @"\w*" : string.Empty),
        AnyWordNode => @"\w+",
        AlternationNode a => "(?:" + string.Join("|", a.Branches.Select(Element)) + ")",
        SequenceNode s => Sequence(s.Items),
        OptionalNode o => "(?:" + Element(o.Inner) + ")?",
        _ => string.Empty,
    };
}
