using System;
using System.Collections.Generic;

namespace ToneAnalyzers.Matching;

/// <summary>
/// Compiles parsed patterns into one <see cref="Automaton"/> (Thompson construction, built back to front).
/// States live in flat arrays, not a list per state: the built-in rules make ~100,000 states, and a cold compiler
/// process pays for every allocation (and the collections that copy them) before its first finding.
/// </summary>
internal sealed class AutomatonBuilder
{
    // A state consumes at most one word, so one edge slot per state (HasEdge tells a real one from the default).
    private Edge[] _edge = new Edge[4096];
    private bool[] _hasEdge = new bool[4096];
    private int[] _accept = new int[4096];
    private int _stateCount;

    // Epsilon moves in the order they were added; grouped by source state in Build.
    private int[] _epsilonFrom = new int[1024];
    private int[] _epsilonTo = new int[1024];
    private int _epsilonCount;

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly List<PatternInfo> _patterns = new();
    private readonly int _start;

    public AutomatonBuilder() => _start = NewState();

    public void Add(SequenceNode pattern, PatternInfo info)
    {
        var accept = NewState();
        _accept[accept] = _patterns.Count;
        _patterns.Add(info);
        var entry = Build(pattern, accept, noBreak: false);
        AddEpsilon(_start, entry);
    }

    public Automaton Build()
    {
        var edges = new Edge[_stateCount][];
        var none = Array.Empty<Edge>();
        for (var s = 0; s < edges.Length; s++)
        {
            edges[s] = _hasEdge[s] ? new[] { _edge[s] } : none;
        }

        var accept = new int[_stateCount];
        Array.Copy(_accept, accept, _stateCount);
        var (epsilonStart, epsilonTargets) = GroupEpsilons();
        return new Automaton(
            new TokenTable(_words),
            new PrefixTable(_stems),
            edges,
            epsilonStart,
            epsilonTargets,
            accept,
            _start,
            _patterns.ToArray());
    }

    /// <summary>Epsilon targets grouped by source state (a stable counting sort): state s's are [start[s], start[s+1]).</summary>
    private (int[] Start, int[] Targets) GroupEpsilons()
    {
        var start = new int[_stateCount + 1];
        for (var i = 0; i < _epsilonCount; i++)
        {
            start[_epsilonFrom[i] + 1]++;
        }

        for (var s = 0; s < _stateCount; s++)
        {
            start[s + 1] += start[s];
        }

        var targets = new int[_epsilonCount];
        var fill = new int[_stateCount];
        Array.Copy(start, fill, _stateCount);
        for (var i = 0; i < _epsilonCount; i++)
        {
            targets[fill[_epsilonFrom[i]]++] = _epsilonTo[i];
        }

        return (start, targets);
    }

    /// <summary>Builds <paramref name="node"/> so that it leads to <paramref name="next"/>; returns its entry state.</summary>
    private int Build(PatternNode node, int next, bool noBreak)
    {
        switch (node)
        {
            case WordNode word:
            {
                var s = NewState();
                var map = word.IsPrefix ? _stems : _words;
                if (!map.TryGetValue(word.Folded, out var id))
                {
                    id = map.Count;
                    map.Add(word.Folded, id);
                }

                SetEdge(s, new Edge(word.IsPrefix ? EdgeKind.Prefix : EdgeKind.Word, id, next, noBreak));
                return s;
            }

            case AnyWordNode:
            {
                var s = NewState();
                SetEdge(s, new Edge(EdgeKind.Any, 0, next, noBreak));
                return s;
            }

            case GapNode gap:
            {
                // s_k: skip to next, or consume one word (same sentence) and go to s_{k-1}.
                var current = next;
                for (var k = 0; k < gap.Max; k++)
                {
                    var s = NewState();
                    AddEpsilon(s, next);
                    SetEdge(s, new Edge(EdgeKind.Any, 0, current, noBreak: true));
                    current = s;
                }

                return current;
            }

            case SequenceNode sequence:
            {
                var current = next;
                for (var k = sequence.Items.Length - 1; k >= 0; k--)
                {
                    var afterGap = k > 0 ? sequence.Items[k - 1] is GapNode : noBreak;
                    current = Build(sequence.Items[k], current, afterGap);
                }

                return current;
            }

            case AlternationNode alternation:
            {
                var s = NewState();
                foreach (var branch in alternation.Branches)
                {
                    AddEpsilon(s, Build(branch, next, noBreak));
                }

                return s;
            }

            case OptionalNode optional:
            {
                var s = NewState();
                AddEpsilon(s, Build(optional.Inner, next, noBreak));
                AddEpsilon(s, next);
                return s;
            }

            default:
                throw new InvalidOperationException("Unknown pattern node " + node.GetType().Name);
        }
    }

    private int NewState()
    {
        if (_stateCount == _accept.Length)
        {
            var size = _stateCount * 2;
            Array.Resize(ref _edge, size);
            Array.Resize(ref _hasEdge, size);
            Array.Resize(ref _accept, size);
        }

        _accept[_stateCount] = -1;
        return _stateCount++;
    }

    private void SetEdge(int state, Edge edge)
    {
        _edge[state] = edge;
        _hasEdge[state] = true;
    }

    private void AddEpsilon(int from, int to)
    {
        if (_epsilonCount == _epsilonFrom.Length)
        {
            Array.Resize(ref _epsilonFrom, _epsilonCount * 2);
            Array.Resize(ref _epsilonTo, _epsilonCount * 2);
        }

        _epsilonFrom[_epsilonCount] = from;
        _epsilonTo[_epsilonCount] = to;
        _epsilonCount++;
    }
}
