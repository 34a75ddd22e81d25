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
    // A state consumes at most one word: its edge array is made when the edge is, states without one share an empty one.
    // All arrays are sized exactly up front: the large ones would otherwise be reallocated on the large object heap.
    private readonly Edge[][] _edges;
    private readonly int[] _accept;
    private int _stateCount;

    // Epsilon moves in the order they were added; grouped by source state at the end.
    private readonly int[] _epsilonFrom;
    private readonly int[] _epsilonTo;
    private int _epsilonCount;

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly PatternInfo[] _patterns;
    private readonly int _start;

    // Not Array.Empty<Edge>(): a framework generic over our struct cannot be precompiled into our image.
    private static readonly Edge[] s_noEdge = new Edge[0];

    private AutomatonBuilder(int states, int epsilons, PatternInfo[] patterns)
    {
        _edges = new Edge[states][];
        _accept = new int[states];
        _epsilonFrom = new int[epsilons];
        _epsilonTo = new int[epsilons];
        _patterns = patterns;
        _start = NewState();
    }

    /// <summary>One automaton for all <paramref name="patterns"/>; accepting pattern i means <paramref name="infos"/>[i].</summary>
    public static Automaton Build(SequenceNode[] patterns, PatternInfo[] infos)
    {
        int states = 1, epsilons = 0;
        foreach (var pattern in patterns)
        {
            states++;
            epsilons++;
            Count(pattern, ref states, ref epsilons);
        }

        var builder = new AutomatonBuilder(states, epsilons, infos);
        for (var i = 0; i < patterns.Length; i++)
        {
            builder.Add(patterns[i], i);
        }

        return builder.Finish();
    }

    /// <summary>Adds the states and epsilon moves <see cref="Build(PatternNode, int, bool)"/> makes for a node.</summary>
    private static void Count(PatternNode node, ref int states, ref int epsilons)
    {
        switch (node)
        {
            case GapNode gap:
                states += gap.Max;
                epsilons += gap.Max;
                break;
            case SequenceNode sequence:
                foreach (var item in sequence.Items)
                {
                    Count(item, ref states, ref epsilons);
                }

                break;
            case AlternationNode alternation:
                states++;
                epsilons += alternation.Branches.Length;
                foreach (var branch in alternation.Branches)
                {
                    Count(branch, ref states, ref epsilons);
                }

                break;
            case OptionalNode optional:
                states++;
                epsilons += 2;
                Count(optional.Inner, ref states, ref epsilons);
                break;
            default:
                states++; // a word or '_'
                break;
        }
    }

    private void Add(SequenceNode pattern, int index)
    {
        var accept = NewState();
        _accept[accept] = index;
        var entry = Build(pattern, accept, noBreak: false);
        AddEpsilon(_start, entry);
    }

    private Automaton Finish()
    {
        if (_stateCount != _accept.Length || _epsilonCount != _epsilonFrom.Length)
        {
            throw new InvalidOperationException("Count and Build disagree on the automaton's size.");
        }

        var (epsilonStart, epsilonTargets) = GroupEpsilons();
        return new Automaton(
            new TokenTable(_words),
            new PrefixTable(_stems),
            _edges,
            epsilonStart,
            epsilonTargets,
            _accept,
            _start,
            _patterns);
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

        // Filling advances start[s] to where state s + 1's targets begin; shift back afterwards.
        var targets = new int[_epsilonCount];
        for (var i = 0; i < _epsilonCount; i++)
        {
            targets[start[_epsilonFrom[i]]++] = _epsilonTo[i];
        }

        for (var s = _stateCount; s > 0; s--)
        {
            start[s] = start[s - 1];
        }

        start[0] = 0;
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
        _accept[_stateCount] = -1;
        _edges[_stateCount] = s_noEdge;
        return _stateCount++;
    }

    private void SetEdge(int state, Edge edge) => _edges[state] = new[] { edge };

    private void AddEpsilon(int from, int to)
    {
        _epsilonFrom[_epsilonCount] = from;
        _epsilonTo[_epsilonCount] = to;
        _epsilonCount++;
    }
}
