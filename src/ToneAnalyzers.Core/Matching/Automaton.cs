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
/// <see cref="LazyDfa"/> runs it as a lazily built DFA, so a text is scanned once whatever the number of rules,
/// and words no pattern knows cost one table probe.
/// </summary>
internal sealed class Automaton
{
    public Automaton(
        TokenTable words,
        PrefixTable stems,
        Edge[][] edges,
        int[][] closure,
        int[] accept,
        int start,
        PatternInfo[] patterns)
    {
        Words = words;
        Stems = stems;
        Edges = edges;
        Closure = closure;
        Accept = accept;
        Start = start;
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

    /// <summary>The state before any word; its closure holds every pattern's first word.</summary>
    public int Start { get; }

    public PatternInfo[] Patterns { get; }

    public int StateCount => Edges.Length;
}
