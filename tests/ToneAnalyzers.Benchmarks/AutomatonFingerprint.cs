using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ToneAnalyzers.Matching;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// A hash of everything matching depends on in an automaton (per state: accept, edges, epsilon closure; word and stem ids;
/// pattern infos), so a change to how automata are built can be shown to build the very same ones (<c>-- --build-cost</c>).
/// </summary>
internal static class AutomatonFingerprint
{
    public static string Of(Automaton automaton, IEnumerable<SequenceNode> patterns)
    {
        var sb = new StringBuilder();
        sb.Append(automaton.Start).Append(';');
        for (var s = 0; s < automaton.StateCount; s++)
        {
            sb.Append(automaton.Accept[s]).Append(':');
            foreach (var e in automaton.Edges[s])
            {
                sb.Append((int)e.Kind).Append(',').Append(e.Value).Append(',').Append(e.Target).Append(',').Append(e.NoBreak ? 1 : 0).Append(' ');
            }

            sb.Append('|').Append(string.Join(",", automaton.Closure(s))).Append('\n');
        }

        var words = new SortedSet<string>(StringComparer.Ordinal);
        var stems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            Collect(p, words, stems);
        }

        var ids = new int[8];
        foreach (var w in words)
        {
            sb.Append(w).Append('=').Append(automaton.Words.Find(w.ToCharArray(), 0, w.Length)).Append('\n');
        }

        foreach (var w in stems)
        {
            var n = automaton.Stems.FindPrefixes(w.ToCharArray(), 0, w.Length, ids);
            sb.Append(w).Append("*=").Append(string.Join(",", ids.Take(n))).Append('\n');
        }

        foreach (var info in automaton.Patterns)
        {
            sb.Append((int)info.Kind).Append(',').Append(info.RuleIndex).Append(',').Append((int)info.Anchors).Append(';');
        }

        using var sha = SHA256.Create();
        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }

    private static void Collect(PatternNode node, SortedSet<string> words, SortedSet<string> stems)
    {
        switch (node)
        {
            case WordNode w:
                (w.IsPrefix ? stems : words).Add(w.Folded);
                break;
            case SequenceNode s:
                foreach (var item in s.Items)
                {
                    Collect(item, words, stems);
                }

                break;
            case AlternationNode a:
                foreach (var branch in a.Branches)
                {
                    Collect(branch, words, stems);
                }

                break;
            case OptionalNode o:
                Collect(o.Inner, words, stems);
                break;
        }
    }
}
