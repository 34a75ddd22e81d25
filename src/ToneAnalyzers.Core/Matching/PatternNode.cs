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
}

/// <summary><c>...</c> or <c>...N</c>: up to N words (3 by default) inside the same sentence.</summary>
internal sealed class GapNode : PatternNode
{
    public GapNode(int max) => Max = max;

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
    public AlternationNode(SequenceNode[] branches) => Branches = branches;

    public SequenceNode[] Branches { get; }
}

internal sealed class OptionalNode : PatternNode
{
    public OptionalNode(PatternNode inner) => Inner = inner;

    public PatternNode Inner { get; }
}
