using System.Collections.Generic;

namespace ToneAnalyzers.Matching;

/// <summary>
/// The consuming edges of a DFA state's automaton states, grouped by the word or stem they take. Without it a new
/// transition walks every edge of the set: the start set holds every pattern's first word (thousands of edges), and
/// a cold scan computes one transition per distinct known word, so a fresh process paid for that walk on every new word.
/// Targets are encoded as <c>state &lt;&lt; 1 | noBreak</c>.
/// </summary>
internal sealed class EdgeIndex
{
    private static readonly int[] s_none = new int[0];

    private EdgeIndex(int[] any, Dictionary<int, int[]> byWord, Dictionary<int, int[]> byStem)
    {
        Any = any;
        ByWord = byWord;
        ByStem = byStem;
    }

    /// <summary>Targets of gaps and '_': taken by every word.</summary>
    public int[] Any { get; }

    public Dictionary<int, int[]> ByWord { get; }

    public Dictionary<int, int[]> ByStem { get; }

    public int[] ForWord(int word) => word >= 0 && ByWord.TryGetValue(word, out var targets) ? targets : s_none;

    public int[] ForStem(int stem) => ByStem.TryGetValue(stem, out var targets) ? targets : s_none;

    public static int Target(int encoded) => encoded >> 1;

    public static bool NoBreak(int encoded) => (encoded & 1) != 0;

    public static EdgeIndex Build(Edge[][] edges, int[] states)
    {
        var any = new List<int>();
        var byWord = new Dictionary<int, List<int>>();
        var byStem = new Dictionary<int, List<int>>();
        foreach (var state in states)
        {
            foreach (var edge in edges[state])
            {
                var encoded = (edge.Target << 1) | (edge.NoBreak ? 1 : 0);
                switch (edge.Kind)
                {
                    case EdgeKind.Any:
                        any.Add(encoded);
                        break;
                    case EdgeKind.Word:
                        Add(byWord, edge.Value, encoded);
                        break;
                    default:
                        Add(byStem, edge.Value, encoded);
                        break;
                }
            }
        }

        return new EdgeIndex(any.ToArray(), Freeze(byWord), Freeze(byStem));
    }

    private static void Add(Dictionary<int, List<int>> map, int key, int encoded)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<int>(1);
            map.Add(key, list);
        }

        list.Add(encoded);
    }

    private static Dictionary<int, int[]> Freeze(Dictionary<int, List<int>> map)
    {
        var frozen = new Dictionary<int, int[]>(map.Count);
        foreach (var pair in map)
        {
            frozen.Add(pair.Key, pair.Value.ToArray());
        }

        return frozen;
    }
}
