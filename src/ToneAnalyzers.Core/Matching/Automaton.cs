using System.Collections.Generic;
using System.Threading;

namespace ToneAnalyzers.Matching;

internal enum EdgeKind : byte
{
    Word,
    Prefix,
    Any,
}

/// <summary>A transition that consumes one word.</summary>
internal readonly struct Edge
{
    public Edge(EdgeKind kind, int value, int target, bool noBreak)
    {
        Kind = kind;
        Value = value;
        Target = target;
        NoBreak = noBreak;
    }

    public EdgeKind Kind { get; }

    /// <summary>Word id or stem id.</summary>
    public int Value { get; }

    public int Target { get; }

    /// <summary>The word must be in the same sentence as the previous one (inside and right after a gap).</summary>
    public bool NoBreak { get; }
}

/// <summary>What an accepting state means: a rule's pattern, one of its "unless" patterns, or an allowed phrase.</summary>
internal enum PatternKind : byte
{
    Rule,
    Unless,
    Allow,
}

internal readonly struct PatternInfo
{
    public PatternInfo(PatternKind kind, int ruleIndex, SentenceAnchors anchors = SentenceAnchors.None)
    {
        Kind = kind;
        RuleIndex = ruleIndex;
        Anchors = anchors;
    }

    public PatternKind Kind { get; }

    /// <summary>Whether the phrase must start and/or end its sentence (<c>^</c> / <c>$</c> in the pattern).</summary>
    public SentenceAnchors Anchors { get; }

    /// <summary>Index into the engine's rule list; -1 for allowed phrases.</summary>
    public int RuleIndex { get; }
}

/// <summary>
/// All patterns of all rules compiled into one word-level automaton (an NFA with precomputed epsilon closures).
/// <see cref="LazyDfa"/> runs it as a lazily built DFA, so a text is scanned once whatever the number of rules,
/// and words no pattern knows cost one table probe.
/// </summary>
internal sealed class Automaton
{
    public Automaton(
        TokenTable words,
        PrefixTable stems,
        Edge[][] edges,
        int[][] epsilons,
        int[] accept,
        int start,
        PatternInfo[] patterns)
    {
        Words = words;
        Stems = stems;
        Edges = edges;
        _epsilons = epsilons;
        _closures = new int[]?[edges.Length];
        Accept = accept;
        Start = start;
        Patterns = patterns;
    }

    public TokenTable Words { get; }

    public PrefixTable Stems { get; }

    /// <summary>Consuming edges per state.</summary>
    public Edge[][] Edges { get; }

    private readonly int[][] _epsilons;
    private readonly int[]?[] _closures;

    /// <summary>
    /// The epsilon closure of a state (itself included), restricted to states that consume or accept. Computed on
    /// first use, since a text reaches few states: a cold process pays only for what it visits. Racing threads
    /// compute the same array, so the unsynchronised cache is safe.
    /// </summary>
    public int[] Closure(int state) => Volatile.Read(ref _closures[state]) ?? (_closures[state] = ComputeClosure(state));

    private int[] ComputeClosure(int state)
    {
        var seen = new HashSet<int> { state };
        var stack = new Stack<int>();
        stack.Push(state);
        var result = new List<int>();
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            if (Edges[s].Length > 0 || Accept[s] >= 0)
            {
                result.Add(s);
            }

            foreach (var t in _epsilons[s])
            {
                if (seen.Add(t))
                {
                    stack.Push(t);
                }
            }
        }

        result.Sort();
        return result.ToArray();
    }

    /// <summary>Pattern index accepted in a state, or -1.</summary>
    public int[] Accept { get; }

    /// <summary>The state before any word; its closure holds every pattern's first word.</summary>
    public int Start { get; }

    public PatternInfo[] Patterns { get; }

    public int StateCount => Edges.Length;
}
