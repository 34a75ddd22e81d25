using System;
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

    /// <summary>A pattern of a rule the team switched off: it reports nothing, but tells the model the rules know the phrase.</summary>
    Known,
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
        int[] epsilonStart,
        int[] epsilonTargets,
        int[] accept,
        int start,
        PatternInfo[] patterns)
    {
        Words = words;
        Stems = stems;
        Edges = edges;
        _epsilonStart = epsilonStart;
        _epsilonTargets = epsilonTargets;
        _closures = new int[]?[edges.Length];
        Accept = accept;
        Start = start;
        Patterns = patterns;
    }

    public TokenTable Words { get; }

    public PrefixTable Stems { get; }

    /// <summary>Consuming edges per state.</summary>
    public Edge[][] Edges { get; }

    // Epsilon moves of state s: _epsilonTargets[_epsilonStart[s] .. _epsilonStart[s + 1]).
    private readonly int[] _epsilonStart;
    private readonly int[] _epsilonTargets;
    private readonly int[]?[] _closures;

    [ThreadStatic]
    private static ClosureWalk? t_walk;

    /// <summary>
    /// The epsilon closure of a state (itself included), restricted to states that consume or accept. Computed on
    /// first use, since a text reaches few states: a cold process pays only for what it visits. Racing threads
    /// compute the same array, so the unsynchronised cache is safe.
    /// </summary>
    public int[] Closure(int state) => Volatile.Read(ref _closures[state]) ?? (_closures[state] = ComputeClosure(state));

    private int[] ComputeClosure(int state)
    {
        if (_epsilonStart[state] == _epsilonStart[state + 1])
        {
            return Edges[state].Length > 0 || Accept[state] >= 0 ? new[] { state } : Array.Empty<int>();
        }

        var walk = t_walk ??= new ClosureWalk();
        walk.Begin(StateCount);
        walk.Visit(state);
        while (walk.TryPop(out var s))
        {
            if (Edges[s].Length > 0 || Accept[s] >= 0)
            {
                walk.Keep(s);
            }

            for (var i = _epsilonStart[s]; i < _epsilonStart[s + 1]; i++)
            {
                walk.Visit(_epsilonTargets[i]);
            }
        }

        return walk.SortedResult();
    }

    /// <summary>Pattern index accepted in a state, or -1.</summary>
    public int[] Accept { get; }

    /// <summary>The state before any word; its closure holds every pattern's first word.</summary>
    public int Start { get; }

    public PatternInfo[] Patterns { get; }

    public int StateCount => Edges.Length;
}
