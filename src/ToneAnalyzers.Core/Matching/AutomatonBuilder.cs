using System.Collections.Generic;
using System.Linq;

namespace ToneAnalyzers.Matching;

/// <summary>Compiles parsed patterns into one <see cref="Automaton"/> (Thompson construction, built back to front).</summary>
internal sealed class AutomatonBuilder
{
    private readonly List<List<Edge>> _edges = new();
    private readonly List<List<int>> _epsilons = new();
    private readonly List<int> _accept = new();
    private readonly Dictionary<string, int> _words = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stems = new(System.StringComparer.Ordinal);
    private readonly List<PatternInfo> _patterns = new();
    private readonly int _start;

    public AutomatonBuilder() => _start = NewState();

    public void Add(SequenceNode pattern, PatternInfo info)
    {
        var accept = NewState();
        _accept[accept] = _patterns.Count;
        _patterns.Add(info);
        var entry = Build(pattern, accept, noBreak: false);
        _epsilons[_start].Add(entry);
    }

    public Automaton Build()
    {
        var edges = _edges.Select(e => e.ToArray()).ToArray();
        var epsilons = _epsilons.Select(e => e.ToArray()).ToArray();
        return new Automaton(
            new TokenTable(_words),
            new PrefixTable(_stems),
            edges,
            epsilons,
            _accept.ToArray(),
            _start,
            _patterns.ToArray());
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

                _edges[s].Add(new Edge(word.IsPrefix ? EdgeKind.Prefix : EdgeKind.Word, id, next, noBreak));
                return s;
            }

            case AnyWordNode:
            {
                var s = NewState();
                _edges[s].Add(new Edge(EdgeKind.Any, 0, next, noBreak));
                return s;
            }

            case GapNode gap:
            {
                // s_k: skip to next, or consume one word (same sentence) and go to s_{k-1}.
                var current = next;
                for (var k = 0; k < gap.Max; k++)
                {
                    var s = NewState();
                    _epsilons[s].Add(next);
                    _edges[s].Add(new Edge(EdgeKind.Any, 0, current, noBreak: true));
                    current = s;
                }

                return current;
            }

            case SequenceNode sequence:
            {
                var current = next;
                for (var k = sequence.Items.Count - 1; k >= 0; k--)
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
                    _epsilons[s].Add(Build(branch, next, noBreak));
                }

                return s;
            }

            case OptionalNode optional:
            {
                var s = NewState();
                _epsilons[s].Add(Build(optional.Inner, next, noBreak));
                _epsilons[s].Add(next);
                return s;
            }

            default:
                throw new System.InvalidOperationException("Unknown pattern node " + node.GetType().Name);
        }
    }

    private int NewState()
    {
        _edges.Add(new List<Edge>());
        _epsilons.Add(new List<int>());
        _accept.Add(-1);
        return _edges.Count - 1;
    }
}
