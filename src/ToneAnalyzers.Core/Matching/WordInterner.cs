namespace ToneAnalyzers.Matching;

/// <summary>
/// Hands out one shared <see cref="WordNode"/> per folded word while patterns are parsed: the built-in rules use a
/// few thousand words tens of thousands of times, and a cold process should not allocate a string and a node for each.
/// Open addressing keyed by the folded characters, so a word already seen costs no allocation.
/// </summary>
internal sealed class WordInterner
{
    // 64 KB, under the large object heap threshold; the English rules' words fit without growing.
    private WordNode?[] _slots = new WordNode?[8192];
    private int _count;

    /// <summary>The plain (not stem) word node for <paramref name="buffer"/>[start..start+length).</summary>
    public WordNode Word(char[] buffer, int start, int length)
    {
        var mask = _slots.Length - 1;
        var slot = (int)Hash(buffer, start, length) & mask;
        while (_slots[slot] is { } existing)
        {
            if (Equal(existing.Folded, buffer, start, length))
            {
                return existing;
            }

            slot = (slot + 1) & mask;
        }

        var node = new WordNode(new string(buffer, start, length), isPrefix: false);
        _slots[slot] = node;
        if (++_count * 2 > _slots.Length)
        {
            Grow();
        }

        return node;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new WordNode?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var node in old)
        {
            if (node is null)
            {
                continue;
            }

            var slot = (int)Hash(node.Folded) & mask;
            while (_slots[slot] != null)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = node;
        }
    }

    private static bool Equal(string word, char[] buffer, int start, int length)
    {
        if (word.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (word[i] != buffer[start + i])
            {
                return false;
            }
        }

        return true;
    }

    private static uint Hash(char[] buffer, int start, int length)
    {
        var hash = TokenTable.HashSeed;
        for (var i = start; i < start + length; i++)
        {
            hash = TokenTable.HashStep(hash, buffer[i]);
        }

        return hash ^ (hash >> 15);
    }

    private static uint Hash(string word)
    {
        var hash = TokenTable.HashSeed;
        foreach (var c in word)
        {
            hash = TokenTable.HashStep(hash, c);
        }

        return hash ^ (hash >> 15);
    }
}
