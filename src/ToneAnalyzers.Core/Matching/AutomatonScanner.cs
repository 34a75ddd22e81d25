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
    private DfaState[] _current = new DfaState[16];
    private int[] _currentStarts = new int[16];
    private int _currentCount;
    private DfaState[] _next = new DfaState[16];
    private int[] _nextStarts = new int[16];
    private int _nextCount;

    public TokenList Tokens { get; } = new();

    public List<RawMatch> Matches { get; } = new();

    public void Scan(Automaton automaton, string text, int start, int length)
    {
        Tokens.Count = 0;
        Matches.Clear();
        _currentCount = 0;
        var dfa = DfaFor(automaton);

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

    private static bool IsCannot(string text, int start, int end) =>
        end - start == 6 && string.Compare(text, start, "cannot", 0, 6, System.StringComparison.OrdinalIgnoreCase) == 0;

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

        _nextCount = 0;
        for (var g = 0; g < _currentCount; g++)
        {
            Advance(dfa.Step(_current[g], key, _stemIds, stemCount), _currentStarts[g], index);
        }

        Advance(dfa.Step(dfa.Root, key, _stemIds, stemCount), index, index);

        (_current, _next) = (_next, _current);
        (_currentStarts, _nextStarts) = (_nextStarts, _currentStarts);
        _currentCount = _nextCount;
    }

    private void Advance(DfaState? state, int start, int index)
    {
        if (state is null)
        {
            return;
        }

        for (var g = 0; g < _nextCount; g++)
        {
            if (ReferenceEquals(_next[g], state))
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

        if (_nextCount == _next.Length)
        {
            System.Array.Resize(ref _next, _nextCount * 2);
            System.Array.Resize(ref _nextStarts, _nextCount * 2);
        }

        _next[_nextCount] = state;
        _nextStarts[_nextCount] = start;
        _nextCount++;
    }
}
