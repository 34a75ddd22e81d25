namespace ToneAnalyzers.Matching;

/// <summary>The parsed form of a word-sequence pattern.</summary>
internal abstract class PatternNode
{
}

/// <summary>One folded word; with <see cref="IsPrefix"/> it matches any word that starts with it (a stem: <c>благодар*</c>).</summary>
internal sealed class WordNode : PatternNode
{
    public WordNode(string folded, bool isPrefix)
    {
        Folded = folded;
        IsPrefix = isPrefix;
    }

    public string Folded { get; }

    public bool IsPrefix { get; }
}

/// <summary><c>_</c>: exactly one word of any kind, including an interpolation hole.</summary>
internal sealed class AnyWordNode : PatternNode
{
    /// <summary>The node has no state, so all patterns share one.</summary>
    public static readonly AnyWordNode Instance = new();

    private AnyWordNode()
    {
    }
}

/// <summary><c>...</c> or <c>...N</c>: up to N words (3 by default) inside the same sentence.</summary>
internal sealed class GapNode : PatternNode
{
    private static readonly GapNode[] s_shared = CreateShared();

    private GapNode(int max) => Max = max;

    /// <summary>The shared node for a gap of up to <paramref name="max"/> words (1 to <see cref="PatternParser.MaxGap"/>).</summary>
    public static GapNode Of(int max) => s_shared[max];

    private static GapNode[] CreateShared()
    {
        var shared = new GapNode[PatternParser.MaxGap + 1];
        for (var max = 1; max < shared.Length; max++)
        {
            shared[max] = new GapNode(max);
        }

        return shared;
    }

    public int Max { get; }
}

internal sealed class SequenceNode : PatternNode
{
    public SequenceNode(PatternNode[] items) => Items = items;

    public PatternNode[] Items { get; }

    /// <summary>Set on a whole pattern by a leading <c>^</c> / trailing <c>$</c>: the phrase must start / end a sentence.</summary>
    public SentenceAnchors Anchors { get; set; }
}

/// <summary>Where a whole pattern must sit in its sentence (checked on the tokens around a match).</summary>
[System.Flags]
internal enum SentenceAnchors : byte
{
    None = 0,
    Start = 1,
    End = 2,
}

internal sealed class AlternationNode : PatternNode
{
    public AlternationNode(PatternNode[] branches) => Branches = branches;

    /// <summary>The alternatives: a sequence, or the one item a single-item alternative holds.</summary>
    public PatternNode[] Branches { get; }
}

internal sealed class OptionalNode : PatternNode
{
    public OptionalNode(PatternNode inner) => Inner = inner;

    public PatternNode Inner { get; }
}
