using System.Collections.Generic;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Matching;

/// <summary>
/// Runs an <see cref="Automaton"/> over a text in one pass, through a per-scanner <see cref="LazyDfa"/>.
/// Live phrases are (state set, first word) pairs kept in start order; when two reach the same set, the earlier
/// start wins (leftmost match). One scanner per thread; buffers and caches are reused between scans.
/// </summary>
internal sealed class AutomatonScanner
{
    private readonly TokenFolder _folder = new();
    private readonly int[] _stemIds = new int[8];
    private readonly List<LazyDfa> _dfas = new();

    // Live phrases as (DFA state id, first word) pairs, current and next in the two halves of one pair of int arrays:
    // moving to the next word flips an offset instead of swapping array references (no GC write barriers per word).
    private int[] _liveIds = new int[32];
    private int[] _liveStarts = new int[32];
    private int _half = 16;
    private int _current; // offset of the current half (0 or _half)
    private int _currentCount;
    private int _nextCount;

    public TokenList Tokens { get; } = new();

    public List<RawMatch> Matches { get; } = new();

    public void Scan(Automaton automaton, string text, int start, int length)
    {
        Tokens.Count = 0;
        Matches.Clear();
        _currentCount = 0;
        var dfa = DfaFor(automaton);
        dfa.TrimIfLarge();

        var scanner = new WordScanner(text, start, length);
        var sentence = 0;
        while (scanner.Next())
        {
            if (scanner.BreakBefore)
            {
                sentence++;
            }

            if (scanner.HardBreakBefore)
            {
                _currentCount = 0; // a blank line ends every phrase in progress
            }

            if (scanner.IsPlainAscii && !IsCannot(text, scanner.Start, scanner.End))
            {
                // Fast path: the scanner already hashed the lower-cased word; fold only if a stem may match.
                var wordId = automaton.Words.FindAscii(text, scanner.Start, scanner.End - scanner.Start, scanner.AsciiHash);
                var stemCount = 0;
                if (!automaton.Stems.IsEmpty && automaton.Stems.MayStartWith((char)(text[scanner.Start] | 0x20)))
                {
                    stemCount = automaton.Stems.FindPrefixesAscii(text, scanner.Start, scanner.End - scanner.Start, _stemIds);
                }

                Step(dfa, wordId, stemCount, scanner.Start, scanner.End, sentence, scanner.BreakBefore);
                continue;
            }

            _folder.Fold(text, scanner.Start, scanner.End);
            var buffer = _folder.Buffer;
            Classify(automaton, buffer, 0, _folder.FirstLength, out var id, out var stems);
            Step(dfa, id, stems, scanner.Start, scanner.End, sentence, scanner.BreakBefore);
            if (_folder.SecondStart >= 0)
            {
                Classify(automaton, buffer, _folder.SecondStart, _folder.SecondLength, out id, out stems);
                Step(dfa, id, stems, scanner.Start, scanner.End, sentence, breakBefore: false);
            }
        }
    }

    private LazyDfa DfaFor(Automaton automaton)
    {
        foreach (var dfa in _dfas)
        {
            if (ReferenceEquals(dfa.Automaton, automaton))
            {
                return dfa;
            }
        }

        if (_dfas.Count == 8)
        {
            _dfas.RemoveAt(0);
        }

        var created = new LazyDfa(automaton);
        _dfas.Add(created);
        return created;
    }

    /// <summary>
    /// "cannot" of a plain ASCII word, compared by setting bit 5: not string.Compare(OrdinalIgnoreCase), which under
    /// invariant globalization (tonecheck) folds through the Unicode casing tables for every six-letter word.
    /// </summary>
    private static bool IsCannot(string text, int start, int end) =>
        end - start == 6 && (text[start] | 0x20) == 'c' && (text[start + 1] | 0x20) == 'a' && (text[start + 2] | 0x20) == 'n' &&
        (text[start + 3] | 0x20) == 'n' && (text[start + 4] | 0x20) == 'o' && (text[start + 5] | 0x20) == 't';

    /// <summary>Word id and stems of a folded word; a hole is neither, so only '_' and gaps match it.</summary>
    private void Classify(Automaton automaton, char[] buffer, int offset, int length, out int wordId, out int stemCount)
    {
        var isHole = length == 1 && buffer[offset] == CharClass.Hole;
        wordId = isHole ? -1 : automaton.Words.Find(buffer, offset, length);
        stemCount = isHole || automaton.Stems.IsEmpty ? 0 : automaton.Stems.FindPrefixes(buffer, offset, length, _stemIds);
    }

    private void Step(LazyDfa dfa, int wordId, int stemCount, int wordStart, int wordEnd, int sentence, bool breakBefore)
    {
        var index = Tokens.Count;
        Tokens.Add(wordStart, wordEnd, sentence);
        var key = new WordKey(wordId, stemCount > 0 ? _stemIds[0] : -1, stemCount > 1 ? _stemIds[1] : -1, breakBefore);
        var rootNext = dfa.Step(dfa.Root, key, _stemIds, stemCount);
        if (_currentCount == 0 && rootNext is null)
        {
            return; // the common case between phrases: nothing live, nothing starts
        }

        _nextCount = 0;
        for (var g = 0; g < _currentCount; g++)
        {
            // Fields read afresh: Advance may grow (and move) both halves.
            Advance(dfa.Step(dfa.StateById(_liveIds[_current + g]), key, _stemIds, stemCount), _liveStarts[_current + g], index);
        }

        Advance(rootNext, index, index);

        _current = _half - _current;
        _currentCount = _nextCount;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Advance(DfaState? state, int start, int index)
    {
        if (state is null)
        {
            return;
        }

        var next = _half - _current;
        var id = state.Id;
        for (var g = 0; g < _nextCount; g++)
        {
            if (_liveIds[next + g] == id)
            {
                return; // an earlier start already holds this set: its matches are the leftmost
            }
        }

        foreach (var pattern in state.Accepts)
        {
            Matches.Add(new RawMatch(pattern, start, index));
        }

        if (state.States.Length == 0)
        {
            return;
        }

        if (_nextCount == _half)
        {
            Grow();
            next = _half - _current;
        }

        _liveIds[next + _nextCount] = id;
        _liveStarts[next + _nextCount] = start;
        _nextCount++;
    }

    /// <summary>Doubles both halves, keeping the current and the next phrases where the offsets say.</summary>
    private void Grow()
    {
        var half = _half * 2;
        var ids = new int[half * 2];
        var starts = new int[half * 2];
        var current = _current == 0 ? 0 : half;
        var next = half - current;
        System.Array.Copy(_liveIds, _current, ids, current, _half);
        System.Array.Copy(_liveStarts, _current, starts, current, _half);
        System.Array.Copy(_liveIds, _half - _current, ids, next, _half);
        System.Array.Copy(_liveStarts, _half - _current, starts, next, _half);
        _liveIds = ids;
        _liveStarts = starts;
        _half = half;
        _current = current;
    }
}
