using System;
using System.Collections.Generic;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Matching;

/// <summary>
/// Turns raw automaton matches into findings: leftmost-longest per rule, rules of other languages dropped,
/// "unless" patterns in the same sentence and allowed phrases silence a match, and overlapping findings of
/// different rules collapse to the longest (so fixes never overlap).
/// </summary>
internal static class MatchSelector
{
    public static IReadOnlyList<Finding> Select(
        AutomatonScanner scanner,
        PatternInfo[] patterns,
        ToneRule[] rules,
        ToneLanguage languages,
        ToneEngine engine,
        string text)
    {
        List<RawMatch>? candidates = null; // most texts with raw matches only hit 'unless' or allowed phrases
        List<RawMatch>? unless = null;
        List<RawMatch>? allowed = null;
        var tokens = scanner.Tokens;
        foreach (var match in scanner.Matches)
        {
            var info = patterns[match.Pattern];
            if (info.Anchors != SentenceAnchors.None && !AnchorsHold(info.Anchors, match, tokens))
            {
                continue;
            }

            switch (info.Kind)
            {
                case PatternKind.Rule when (rules[info.RuleIndex].Language & languages) != 0 && Scripts.Fits(rules[info.RuleIndex].Language, text, tokens.Start[match.FirstToken], tokens.End[match.LastToken]):
                    (candidates ??= new List<RawMatch>()).Add(new RawMatch(info.RuleIndex, match.FirstToken, match.LastToken));
                    break;
                case PatternKind.Unless:
                    (unless ??= new List<RawMatch>()).Add(new RawMatch(info.RuleIndex, match.FirstToken, match.LastToken));
                    break;
                case PatternKind.Allow:
                    (allowed ??= new List<RawMatch>()).Add(match);
                    break;
            }
        }

        if (candidates is null)
        {
            return Array.Empty<Finding>();
        }

        // Earliest start first, then the longest, then the rule listed first: a stable order.
        candidates.Sort((a, b) =>
            a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken)
            : a.LastToken != b.LastToken ? b.LastToken.CompareTo(a.LastToken)
            : a.Pattern.CompareTo(b.Pattern));

        var sentence = scanner.Tokens.Sentence;
        var findings = new List<Finding>();
        var taken = -1; // last token covered by an accepted finding
        foreach (var c in candidates)
        {
            if (c.FirstToken <= taken)
            {
                continue;
            }

            if (unless != null && IsSilenced(c, unless, sentence))
            {
                continue;
            }

            if (allowed != null && Overlaps(c, allowed))
            {
                continue;
            }

            findings.Add(engine.CreateFinding(text, scanner.Tokens, c.Pattern, c.FirstToken, c.LastToken));
            taken = c.LastToken;
        }

        return findings;
    }

    /// <summary><c>^</c>: no word of the same sentence before the match; <c>$</c>: none after it.</summary>
    private static bool AnchorsHold(SentenceAnchors anchors, RawMatch match, TokenList tokens)
    {
        var sentence = tokens.Sentence;
        if ((anchors & SentenceAnchors.Start) != 0 && match.FirstToken > 0 && sentence[match.FirstToken - 1] == sentence[match.FirstToken])
        {
            return false;
        }

        return (anchors & SentenceAnchors.End) == 0 || match.LastToken == tokens.Count - 1 || sentence[match.LastToken + 1] != sentence[match.LastToken];
    }

    private static bool IsSilenced(RawMatch candidate, List<RawMatch> unless, int[] sentence)
    {
        var firstSentence = sentence[candidate.FirstToken];
        var lastSentence = sentence[candidate.LastToken];
        foreach (var u in unless)
        {
            if (u.Pattern == candidate.Pattern && sentence[u.LastToken] >= firstSentence && sentence[u.FirstToken] <= lastSentence)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(RawMatch candidate, List<RawMatch> allowed)
    {
        foreach (var a in allowed)
        {
            if (a.FirstToken <= candidate.LastToken && a.LastToken >= candidate.FirstToken)
            {
                return true;
            }
        }

        return false;
    }
}
