using System;
using System.Collections.Generic;

namespace ToneAnalyzers.Matching;

/// <summary>A set of automaton states reached from one start word, with its transitions cached as they are discovered.</summary>
internal sealed class DfaState
{
    public DfaState(int id, int[] states, int[] accepts, bool hasAnyEdge, ulong wordMaskLow = ulong.MaxValue, ulong wordMaskHigh = ulong.MaxValue, ulong stemMask = ulong.MaxValue)
    {
        Id = id;
        States = states;
        Accepts = accepts;
        HasAnyEdge = hasAnyEdge;
        WordMaskLow = wordMaskLow;
        WordMaskHigh = wordMaskHigh;
        StemMask = stemMask;
    }

    /// <summary>Index in <see cref="LazyDfa.StateById"/>: scanners keep live phrases as ids, so tracking them writes no references.</summary>
    public int Id { get; }

    /// <summary>
    /// One bit per word id modulo 128 for the words some state can consume (a Bloom filter of one hash), and the same
    /// for stems: a word whose bits are clear cannot continue any phrase of this set, so it needs no table probe
    /// (and leaves no "leads nowhere" entry behind to crowd the table).
    /// </summary>
    public ulong WordMaskLow { get; }

    public ulong WordMaskHigh { get; }

    public ulong StemMask { get; }

    /// <summary>
    /// False when no word or stem edge of this set can take the word (only gaps and '_' can), so every such word leads
    /// to the same set: see <see cref="OtherWord"/>.
    /// </summary>
    public bool MayTakeSpecific(int word, int[] stems, int stemCount)
    {
        if (word >= 0 && (((word & 64) == 0 ? WordMaskLow : WordMaskHigh) & (1UL << (word & 63))) != 0)
        {
            return true;
        }

        for (var i = 0; i < stemCount; i++)
        {
            if ((StemMask & (1UL << (stems[i] & 63))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The automaton states that can still consume a word, sorted.</summary>
    public int[] States { get; }

    /// <summary>Patterns that have matched on entering this set.</summary>
    public int[] Accepts { get; }

    /// <summary>Whether some state accepts any word (a gap or '_'), so even unknown words must be looked up.</summary>
    public bool HasAnyEdge { get; }

    /// <summary>Cached transitions. Not a Dictionary&lt;WordKey, ...&gt;: that instantiation over our struct cannot be precompiled
    /// (ReadyToRun) with our code, so in a cold compiler process it would run as unoptimised JIT code on the hottest path.</summary>
    public TransitionTable Next { get; } = new();

    /// <summary>
    /// The transition on any word no word or stem edge takes, after no break [0] or a sentence break [1]: inside a gap
    /// most words are such words, and they share one cached target instead of one table entry each. Null until
    /// computed; <see cref="Nowhere"/> when it leads nowhere.
    /// </summary>
    public DfaState?[] OtherWord { get; } = new DfaState?[2];

    /// <summary>A cached transition that leads nowhere, told apart from null ("not computed yet").</summary>
    public static DfaState Nowhere { get; } = new(-1, Array.Empty<int>(), Array.Empty<int>(), false);

    /// <summary>Edges grouped by word, built once the set has had a few transitions computed (most sets see one or two).</summary>
    public EdgeIndex? Index { get; set; }

    /// <summary>How many transitions have been computed from this set.</summary>
    public int Computed { get; set; }
}

/// <summary>A small open-addressing map from <see cref="WordKey"/> to a state (null allowed: "leads nowhere").</summary>
internal sealed class TransitionTable
{
    private WordKey[] _keys = new WordKey[4];
    private DfaState?[] _values = new DfaState?[4];
    private bool[] _used = new bool[4];
    private int _count;
    private int _shift = 30; // 32 - log2(capacity): Fibonacci hashing takes the top bits

    public bool TryGetValue(in WordKey key, out DfaState? value)
    {
        var mask = _keys.Length - 1;
        var slot = (int)(unchecked((uint)key.GetHashCode() * 2654435769u) >> _shift);
        while (_used[slot])
        {
            if (_keys[slot].Equals(key))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & mask;
        }

        value = null;
        return false;
    }

    public DfaState? this[in WordKey key]
    {
        set
        {
            if ((_count + 1) * 2 > _keys.Length)
            {
                Grow();
            }

            Insert(key, value);
        }
    }

    private void Insert(in WordKey key, DfaState? value)
    {
        var mask = _keys.Length - 1;
        var slot = (int)(unchecked((uint)key.GetHashCode() * 2654435769u) >> _shift);
        while (_used[slot])
        {
            if (_keys[slot].Equals(key))
            {
                _values[slot] = value;
                return;
            }

            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _values[slot] = value;
        _used[slot] = true;
        _count++;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        var used = _used;
        _keys = new WordKey[keys.Length * 2];
        _values = new DfaState?[keys.Length * 2];
        _used = new bool[keys.Length * 2];
        _shift--;
        _count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (used[i])
            {
                Insert(keys[i], values[i]);
            }
        }
    }
}

/// <summary>What the automaton can tell about one word: its id, up to two stems it starts with, and a sentence break before it.</summary>
internal readonly struct WordKey : IEquatable<WordKey>
{
    public WordKey(int word, int stem0, int stem1, bool breakBefore)
    {
        Word = word;
        Stem0 = stem0;
        Stem1 = stem1;
        BreakBefore = breakBefore;
    }

    public int Word { get; }

    public int Stem0 { get; }

    public int Stem1 { get; }

    public bool BreakBefore { get; }

    public bool Equals(WordKey other) => Word == other.Word && Stem0 == other.Stem0 && Stem1 == other.Stem1 && BreakBefore == other.BreakBefore;

    public override bool Equals(object? obj) => obj is WordKey other && Equals(other);

    public override int GetHashCode() => unchecked((((Word * 397) ^ Stem0) * 397 ^ Stem1) * 2 + (BreakBefore ? 1 : 0));
}

/// <summary>
/// Determinises an <see cref="Automaton"/> lazily: the set of states reached from a start word is computed once per
/// (set, word) pair and cached, so a text costs one dictionary probe per word and live start, however many
/// patterns begin with common words ("you", "the"). Not thread-safe: each scanner owns one per automaton.
/// </summary>
internal sealed class LazyDfa
{
    private const int MaxStates = 50_000;

    private readonly Automaton _automaton;
    private readonly Dictionary<int[], DfaState> _interned = new(StateSetComparer.Instance);
    private readonly List<DfaState> _byId = new();

    // Target states of the transition being computed: a list plus a generation mark per state, so collecting
    // them costs what they number, never what the automaton holds.
    private readonly List<int> _targets = new();
    private readonly int[] _marks;
    private int _generation;

    // The root's transition per word id: null until computed, DfaState.Nowhere when the word starts no phrase.
    private DfaState?[] _rootByWord;

    public LazyDfa(Automaton automaton)
    {
        _automaton = automaton;
        _marks = new int[automaton.StateCount];
        _rootByWord = new DfaState?[automaton.Words.Count];
        Root = CreateRoot();
        _rootIgnoresBreaks = !Root.HasAnyEdge && Array.TrueForAll(Root.States, s => Array.TrueForAll(automaton.Edges[s], e => !e.NoBreak));
    }

    // Whether the root's transitions depend on the word alone (no pattern opens with an optional word and a gap),
    // so they can be cached by word id.
    private readonly bool _rootIgnoresBreaks;

    public Automaton Automaton => _automaton;

    public DfaState StateById(int id) => _byId[id];

    /// <summary>The states before any word: every pattern's first word.</summary>
    public DfaState Root { get; private set; }

    /// <summary>The set reached from <paramref name="from"/> on a word, or null when nothing survives.</summary>
    public DfaState? Step(DfaState from, in WordKey word, int[] stems, int stemCount)
    {
        if (!from.MayTakeSpecific(word.Word, stems, stemCount))
        {
            if (!from.HasAnyEdge)
            {
                return null;
            }

            var slot = word.BreakBefore ? 1 : 0;
            var other = from.OtherWord[slot] ??= Compute(from, new WordKey(-1, -1, -1, word.BreakBefore), stems, 0) ?? DfaState.Nowhere;
            return ReferenceEquals(other, DfaState.Nowhere) ? null : other;
        }

        // From the root, a plain word's transition is an array read: this runs for every known word of the text.
        if (stemCount == 0 && word.Word >= 0 && _rootIgnoresBreaks && ReferenceEquals(from, Root))
        {
            var known = _rootByWord[word.Word] ??= Compute(from, word, stems, stemCount) ?? DfaState.Nowhere;
            return ReferenceEquals(known, DfaState.Nowhere) ? null : known;
        }

        if (stemCount <= 2 && from.Next.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var next = Compute(from, word, stems, stemCount);
        if (stemCount <= 2)
        {
            from.Next[word] = next;
        }

        return next;
    }

    /// <summary>
    /// Called between scans: pathological rule sets start over rather than grow without bound. Never during a scan,
    /// so the ids a scanner holds stay valid while it runs.
    /// </summary>
    public void TrimIfLarge()
    {
        if (_byId.Count > MaxStates)
        {
            _interned.Clear();
            _byId.Clear();
            _rootByWord = new DfaState?[_automaton.Words.Count];
            Root = CreateRoot();
        }
    }

    private const int MaxScratchLength = 64;
    private readonly int[]?[] _scratch = new int[]?[MaxScratchLength + 1];

    private int[] ScratchOfLength(int length) =>
        length > MaxScratchLength ? new int[length] : _scratch[length] ??= new int[length];

    private DfaState CreateRoot()
    {
        BeginTargets();
        AddTargets(_automaton.Closure(_automaton.Start));
        return Intern() ?? Register(new DfaState(_byId.Count, Array.Empty<int>(), Array.Empty<int>(), false));
    }

    private void BeginTargets()
    {
        _targets.Clear();
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_marks, 0, _marks.Length);
            _generation = 1;
        }
    }

    private void AddTargets(int[] states)
    {
        foreach (var s in states)
        {
            if (_marks[s] != _generation)
            {
                _marks[s] = _generation;
                _targets.Add(s);
            }
        }
    }

    // Sets with few edges are walked; a set that keeps getting new transitions is indexed by word.
    private const int WalkLimit = 64;

    private DfaState? Compute(DfaState from, in WordKey word, int[] stems, int stemCount)
    {
        BeginTargets();
        from.Computed++;
        if (from.Index is null && (from.Computed > 2 || from.States.Length > WalkLimit))
        {
            from.Index = EdgeIndex.Build(_automaton.Edges, from.States);
        }

        if (from.Index is { } index)
        {
            AddIndexed(index.Any, word.BreakBefore);
            AddIndexed(index.ForWord(word.Word), word.BreakBefore);
            for (var i = 0; i < stemCount; i++)
            {
                AddIndexed(index.ForStem(stems[i]), word.BreakBefore);
            }

            return Intern();
        }

        var edges = _automaton.Edges;
        foreach (var state in from.States)
        {
            foreach (var edge in edges[state])
            {
                if (edge.NoBreak && word.BreakBefore)
                {
                    continue;
                }

                var matches = edge.Kind switch
                {
                    EdgeKind.Any => true,
                    EdgeKind.Word => edge.Value == word.Word,
                    _ => Array.IndexOf(stems, edge.Value, 0, stemCount) >= 0,
                };
                if (matches)
                {
                    AddTargets(_automaton.Closure(edge.Target));
                }
            }
        }

        return Intern();
    }

    private void AddIndexed(int[] encodedTargets, bool breakBefore)
    {
        foreach (var encoded in encodedTargets)
        {
            if (!(breakBefore && EdgeIndex.NoBreak(encoded)))
            {
                AddTargets(_automaton.Closure(EdgeIndex.Target(encoded)));
            }
        }
    }

    /// <summary>Turns the collected target states into a shared <see cref="DfaState"/> (equal sets share one cache).</summary>
    private DfaState? Intern()
    {
        if (_targets.Count == 0)
        {
            return null;
        }

        _targets.Sort();

        // Look the set up through a reused array of the same length; allocate only for a set never seen before.
        var probe = ScratchOfLength(_targets.Count);
        _targets.CopyTo(probe);
        if (_interned.TryGetValue(probe, out var existing))
        {
            return existing;
        }

        var key = probe.Length <= MaxScratchLength ? (int[])probe.Clone() : probe;

        var consuming = new List<int>();
        var accepts = new List<int>();
        var hasAny = false;
        ulong wordLow = 0, wordHigh = 0, stemMask = 0;
        foreach (var s in key)
        {
            if (_automaton.Accept[s] >= 0)
            {
                accepts.Add(_automaton.Accept[s]);
            }

            var edges = _automaton.Edges[s];
            if (edges.Length > 0)
            {
                consuming.Add(s);
                foreach (var e in edges)
                {
                    switch (e.Kind)
                    {
                        case EdgeKind.Any:
                            hasAny = true;
                            break;
                        case EdgeKind.Word when (e.Value & 64) == 0:
                            wordLow |= 1UL << (e.Value & 63);
                            break;
                        case EdgeKind.Word:
                            wordHigh |= 1UL << (e.Value & 63);
                            break;
                        default:
                            stemMask |= 1UL << (e.Value & 63);
                            break;
                    }
                }
            }
        }

        var state = Register(new DfaState(_byId.Count, consuming.ToArray(), accepts.ToArray(), hasAny, wordLow, wordHigh, stemMask));
        _interned.Add(key, state);
        return state;
    }

    private DfaState Register(DfaState state)
    {
        _byId.Add(state);
        return state;
    }
}

/// <summary>Compares sorted state sets by content, so equal sets share one <see cref="DfaState"/> and its cache.</summary>
internal sealed class StateSetComparer : IEqualityComparer<int[]>
{
    public static readonly StateSetComparer Instance = new();

    public bool Equals(int[]? x, int[]? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(int[] obj)
    {
        var hash = 17;
        foreach (var s in obj)
        {
            hash = unchecked((hash * 31) + s);
        }

        return hash;
    }
}
