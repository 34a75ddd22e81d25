using System.Collections.Generic;

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
    public PatternInfo(PatternKind kind, int ruleIndex)
    {
        Kind = kind;
        RuleIndex = ruleIndex;
    }

    public PatternKind Kind { get; }

    /// <summary>Index into the engine's rule list; -1 for allowed phrases.</summary>
    public int RuleIndex { get; }
}

/// <summary>
/// All patterns of all rules compiled into one word-level automaton (an NFA with precomputed epsilon closures).
/// The start state is a hash lookup from the first word to the states it leads to, so a text is scanned once
/// whatever the number of rules, and words no pattern knows cost one table probe.
/// </summary>
internal sealed class Automaton
{
    public Automaton(
        TokenTable words,
        PrefixTable stems,
        Edge[][] edges,
        int[][] closure,
        int[] accept,
        int[]?[] rootWords,
        Dictionary<int, int[]> rootStems,
        int[] rootAny,
        PatternInfo[] patterns)
    {
        Words = words;
        Stems = stems;
        Edges = edges;
        Closure = closure;
        Accept = accept;
        RootWords = rootWords;
        RootStems = rootStems;
        RootAny = rootAny;
        Patterns = patterns;
    }

    public TokenTable Words { get; }

    public PrefixTable Stems { get; }

    /// <summary>Consuming edges per state.</summary>
    public Edge[][] Edges { get; }

    /// <summary>Epsilon closure per state (the state itself included), restricted to states that consume or accept.</summary>
    public int[][] Closure { get; }

    /// <summary>Pattern index accepted in a state, or -1.</summary>
    public int[] Accept { get; }

    /// <summary>States entered by a first word, indexed by word id (null: no pattern starts with it).</summary>
    public int[]?[] RootWords { get; }

    public Dictionary<int, int[]> RootStems { get; }

    public int[] RootAny { get; }

    public PatternInfo[] Patterns { get; }

    public int StateCount => Edges.Length;
}
