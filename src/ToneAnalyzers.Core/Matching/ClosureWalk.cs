using System;

namespace ToneAnalyzers.Matching;

/// <summary>
/// Scratch space for one epsilon-closure walk, reused by a thread across walks and automata: a generation mark per
/// state instead of a fresh set, so a walk costs what it visits.
/// </summary>
internal sealed class ClosureWalk
{
    private int[] _marks = new int[1024];
    private int _generation;
    private int[] _stack = new int[64];
    private int _stackCount;
    private int[] _kept = new int[64];
    private int _keptCount;

    public void Begin(int stateCount)
    {
        if (_marks.Length < stateCount)
        {
            _marks = new int[Math.Max(stateCount, _marks.Length * 2)];
            _generation = 0;
        }

        if (++_generation == int.MaxValue)
        {
            Array.Clear(_marks, 0, _marks.Length);
            _generation = 1;
        }

        _stackCount = 0;
        _keptCount = 0;
    }

    /// <summary>Queues a state unless this walk has seen it.</summary>
    public void Visit(int state)
    {
        if (_marks[state] == _generation)
        {
            return;
        }

        _marks[state] = _generation;
        Push(ref _stack, ref _stackCount, state);
    }

    public bool TryPop(out int state)
    {
        if (_stackCount == 0)
        {
            state = -1;
            return false;
        }

        state = _stack[--_stackCount];
        return true;
    }

    public void Keep(int state) => Push(ref _kept, ref _keptCount, state);

    public int[] SortedResult()
    {
        var result = new int[_keptCount];
        Array.Copy(_kept, result, _keptCount);
        Array.Sort(result);
        return result;
    }

    private static void Push(ref int[] items, ref int count, int value)
    {
        if (count == items.Length)
        {
            Array.Resize(ref items, count * 2);
        }

        items[count++] = value;
    }
}
