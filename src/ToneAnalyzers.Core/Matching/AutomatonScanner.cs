using System.Collections.Generic;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Matching;

/// <summary>
/// Runs an <see cref="Automaton"/> over a text in one pass. Threads are (state, first word) pairs kept in start
/// order, so when two threads reach the same state the earlier start wins (leftmost match). One scanner per thread;
/// its buffers are reused, so a scan allocates only for the matches it reports.
/// </summary>
internal sealed class AutomatonScanner
{
    private readonly TokenFolder _folder = new();
    private readonly int[] _stemIds = new int[8];
    private int[] _seen = new int[64];
    private int _generation;
    private int[] _currentStates = new int[64];
    private int[] _currentStarts = new int[64];
    private int _currentCount;
    private int[] _nextStates = new int[64];
    private int[] _nextStarts = new int[64];
    private int _nextCount;

    public TokenList Tokens { get; } = new();

    public List<RawMatch> Matches { get; } = new();

    public void Scan(Automaton automaton, string text, int start, int length)
    {
        Tokens.Count = 0;
        Matches.Clear();
        _currentCount = 0;
        if (_seen.Length < automaton.StateCount)
        {
            _seen = new int[automaton.StateCount];
            _generation = 0;
        }

        var scanner = new WordScanner(text, start, length);
        var sentence = 0;
        while (scanner.Next())
        {
            if (scanner.BreakBefore)
            {
                sentence++;
            }

            if (scanner.IsPlainAscii && !IsCannot(text, scanner.Start, scanner.End))
            {
                // Fast path: the scanner already hashed the lower-cased word; fold only if a stem may match.
                var wordId = automaton.Words.FindAscii(text, scanner.Start, scanner.End - scanner.Start, scanner.AsciiHash);
                var stemCount = 0;
                if (!automaton.Stems.IsEmpty && automaton.Stems.MayStartWith((char)(text[scanner.Start] | 0x20)))
                {
                    _folder.Fold(text, scanner.Start, scanner.End);
                    stemCount = automaton.Stems.FindPrefixes(_folder.Buffer, 0, _folder.FirstLength, _stemIds);
                }

                Step(automaton, wordId, stemCount, scanner, sentence, scanner.BreakBefore);
                continue;
            }

            _folder.Fold(text, scanner.Start, scanner.End);
            var buffer = _folder.Buffer;
            Classify(automaton, buffer, 0, _folder.FirstLength, out var id, out var stems);
            Step(automaton, id, stems, scanner, sentence, scanner.BreakBefore);
            if (_folder.SecondStart >= 0)
            {
                Classify(automaton, buffer, _folder.SecondStart, _folder.SecondLength, out id, out stems);
                Step(automaton, id, stems, scanner, sentence, breakBefore: false);
            }
        }
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

    private void Step(Automaton automaton, int wordId, int stemCount, WordScanner word, int sentence, bool breakBefore)
    {
        var index = Tokens.Count;
        Tokens.Add(word.Start, word.End, sentence);

        if (++_generation == int.MaxValue)
        {
            System.Array.Clear(_seen, 0, _seen.Length);
            _generation = 1;
        }

        _nextCount = 0;
        for (var t = 0; t < _currentCount; t++)
        {
            var state = _currentStates[t];
            var threadStart = _currentStarts[t];
            foreach (var edge in automaton.Edges[state])
            {
                if (edge.NoBreak && breakBefore)
                {
                    continue;
                }

                if (edge.Kind == EdgeKind.Any ||
                    (edge.Kind == EdgeKind.Word && edge.Value == wordId) ||
                    (edge.Kind == EdgeKind.Prefix && Contains(_stemIds, stemCount, edge.Value)))
                {
                    Enter(automaton, edge.Target, threadStart, index);
                }
            }
        }

        if (wordId >= 0 && automaton.RootWords[wordId] is { } targets)
        {
            EnterAll(automaton, targets, index);
        }

        for (var i = 0; i < stemCount; i++)
        {
            if (automaton.RootStems.TryGetValue(_stemIds[i], out var stemTargets))
            {
                EnterAll(automaton, stemTargets, index);
            }
        }

        if (automaton.RootAny.Length > 0)
        {
            EnterAll(automaton, automaton.RootAny, index);
        }

        Swap();
    }

    private void EnterAll(Automaton automaton, int[] targets, int index)
    {
        foreach (var target in targets)
        {
            Enter(automaton, target, index, index);
        }
    }

    private void Enter(Automaton automaton, int target, int threadStart, int index)
    {
        foreach (var s in automaton.Closure[target])
        {
            if (_seen[s] == _generation)
            {
                continue;
            }

            _seen[s] = _generation;
            var accept = automaton.Accept[s];
            if (accept >= 0)
            {
                Matches.Add(new RawMatch(accept, threadStart, index));
            }

            if (automaton.Edges[s].Length > 0)
            {
                if (_nextCount == _nextStates.Length)
                {
                    System.Array.Resize(ref _nextStates, _nextCount * 2);
                    System.Array.Resize(ref _nextStarts, _nextCount * 2);
                }

                _nextStates[_nextCount] = s;
                _nextStarts[_nextCount] = threadStart;
                _nextCount++;
            }
        }
    }

    private void Swap()
    {
        (_currentStates, _nextStates) = (_nextStates, _currentStates);
        (_currentStarts, _nextStarts) = (_nextStarts, _currentStarts);
        _currentCount = _nextCount;
    }

    private static bool Contains(int[] ids, int count, int id)
    {
        for (var i = 0; i < count; i++)
        {
            if (ids[i] == id)
            {
                return true;
            }
        }

        return false;
    }
}
