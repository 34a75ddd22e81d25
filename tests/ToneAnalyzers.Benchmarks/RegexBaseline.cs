using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ToneAnalyzers.Matching;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// The baseline: one .NET Regex (Compiled, IgnoreCase) alternating the literal phrases of the same rules.
/// Each pattern is expanded into its literal word sequences (alternatives and optional words spelled out,
/// stems as <c>stem\w*</c>, gaps as up to N words), words joined by <c>\W+</c>.
/// </summary>
internal static class RegexBaseline
{
    private const int MaxExpansionsPerPattern = 256;

    public static Regex Build(IEnumerable<ToneRule> rules, out int phraseCount)
    {
        var phrases = rules.SelectMany(r => r.Patterns).SelectMany(Expand).Distinct().ToList();
        phraseCount = phrases.Count;
        return new Regex(@"\b(?:" + string.Join("|", phrases) + @")\b", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static IEnumerable<string> Expand(string pattern) =>
        Expand(PatternParser.Parse(pattern)).Take(MaxExpansionsPerPattern).Select(words => string.Join(@"\W+", words));

    private static IEnumerable<List<string>> Expand(PatternNode node)
    {
        switch (node)
        {
            case WordNode w:
                yield return new List<string> { Regex.Escape(w.Folded) + (w.IsPrefix ? @"\w*" : string.Empty) };
                break;
            case AnyWordNode:
                yield return new List<string> { @"\w+" };
                break;
            case GapNode g:
                yield return new List<string> { @"(?:\w+\W+){0," + g.Max + @"}\w+" };
                break;
            case OptionalNode o:
                yield return new List<string>();
                foreach (var inner in Expand(o.Inner))
                {
                    yield return inner;
                }

                break;
            case AlternationNode a:
                foreach (var branch in a.Branches)
                {
                    foreach (var e in Expand(branch))
                    {
                        yield return e;
                    }
                }

                break;
            case SequenceNode s:
                IEnumerable<List<string>> acc = new[] { new List<string>() };
                foreach (var item in s.Items)
                {
                    var current = item;
                    acc = acc.SelectMany(prefix => Expand(current).Select(suffix => prefix.Concat(suffix).ToList())).Take(MaxExpansionsPerPattern);
                }

                foreach (var e in acc)
                {
                    yield return e;
                }

                break;
        }
    }
}
