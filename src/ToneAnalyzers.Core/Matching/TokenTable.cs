using System.Collections.Generic;

namespace ToneAnalyzers.Matching;

/// <summary>
/// Maps the folded words that patterns use to small integer ids. Looked up straight from a char buffer,
/// so scanning text never allocates a string per word. Open addressing, power-of-two size, FNV-1a hash.
/// </summary>
internal sealed class TokenTable
{
    private readonly string?[] _keys;
    private readonly int[] _ids;
    private readonly int _mask;

    public TokenTable(IReadOnlyDictionary<string, int> words)
    {
        var size = 16;
        while (size < words.Count * 4)
        {
            size <<= 1;
        }

        Count = words.Count;
        _keys = new string?[size];
        _ids = new int[size];
        _mask = size - 1;
        foreach (var pair in words)
        {
            var slot = (int)Hash(pair.Key.ToCharArray(), 0, pair.Key.Length) & _mask;
            while (_keys[slot] != null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = pair.Key;
            _ids[slot] = pair.Value;
        }
    }

    /// <summary>How many words the table holds; ids run from 0 to Count - 1.</summary>
    public int Count { get; }

    /// <summary>The id of the word in <paramref name="buffer"/>[start..start+length), or -1.</summary>
    public int Find(char[] buffer, int start, int length)
    {
        var slot = (int)Hash(buffer, start, length) & _mask;
        while (true)
        {
            var key = _keys[slot];
            if (key == null)
            {
                return -1;
            }

            if (key.Length == length && Equal(key, buffer, start))
            {
                return _ids[slot];
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static bool Equal(string key, char[] buffer, int start)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != buffer[start + i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The id of a plain ASCII word of <paramref name="text"/> whose lower-case hash the scanner already computed;
    /// compares without copying the word anywhere.
    /// </summary>
    public int FindAscii(string text, int start, int length, uint runningHash)
    {
        var slot = (int)Finish(runningHash) & _mask;
        while (true)
        {
            var key = _keys[slot];
            if (key == null)
            {
                return -1;
            }

            if (key.Length == length && EqualLower(key, text, start))
            {
                return _ids[slot];
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static bool EqualLower(string key, string text, int start)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != (char)(text[start + i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }

    public const uint HashSeed = 2166136261u;

    public static uint HashStep(uint hash, char c) => (hash ^ c) * 16777619u;

    private static uint Finish(uint hash) => hash ^ (hash >> 15);

    private static uint Hash(char[] buffer, int start, int length)
    {
        var hash = HashSeed;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            hash = HashStep(hash, buffer[i]);
        }

        return Finish(hash);
    }
}
