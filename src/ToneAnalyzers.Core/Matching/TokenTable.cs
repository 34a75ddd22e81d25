using System.Collections.Generic;

namespace ToneAnalyzers.Matching;

/// <summary>
/// Maps the folded words that patterns use to small integer ids. Looked up straight from a char buffer or the text,
/// so scanning never allocates a string per word. Open addressing, power-of-two size, FNV-1a hash. Each slot is one
/// <c>ulong</c> (hash and length) so a probe reads one array; the words' characters sit in one pool and are compared
/// only when hash and length agree (two thirds of the words of English prose are in the table).
/// </summary>
internal sealed class TokenTable
{
    private readonly ulong[] _meta; // hash << 32 | length; 0 = empty (no word is empty)
    private readonly int[] _offsets; // where the word starts in _pool
    private readonly int[] _ids;
    private readonly char[] _pool;
    private readonly int _mask;

    public TokenTable(IReadOnlyDictionary<string, int> words)
    {
        var size = 16;
        while (size < words.Count * 4)
        {
            size <<= 1;
        }

        Count = words.Count;
        _meta = new ulong[size];
        _offsets = new int[size];
        _ids = new int[size];
        _mask = size - 1;
        var poolLength = 0;
        foreach (var word in words.Keys)
        {
            poolLength += word.Length;
        }

        _pool = new char[poolLength];
        var offset = 0;
        foreach (var pair in words)
        {
            var key = pair.Key;
            key.CopyTo(0, _pool, offset, key.Length);
            var hash = Hash(_pool, offset, key.Length);
            var slot = (int)hash & _mask;
            while (_meta[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _meta[slot] = Meta(hash, key.Length);
            _offsets[slot] = offset;
            _ids[slot] = pair.Value;
            offset += key.Length;
        }
    }

    /// <summary>How many words the table holds; ids run from 0 to Count - 1.</summary>
    public int Count { get; }

    /// <summary>The id of the word in <paramref name="buffer"/>[start..start+length), or -1.</summary>
    public int Find(char[] buffer, int start, int length)
    {
        var hash = Hash(buffer, start, length);
        var meta = Meta(hash, length);
        var slot = (int)hash & _mask;
        while (true)
        {
            var probe = _meta[slot];
            if (probe == 0)
            {
                return -1;
            }

            if (probe == meta && Equal(_pool, _offsets[slot], buffer, start, length))
            {
                return _ids[slot];
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// The id of a plain ASCII word of <paramref name="text"/> whose lower-case hash the scanner already computed;
    /// compares without copying the word anywhere.
    /// </summary>
    public int FindAscii(string text, int start, int length, uint runningHash)
    {
        var hash = Finish(runningHash);
        var meta = Meta(hash, length);
        var slot = (int)hash & _mask;
        while (true)
        {
            var probe = _meta[slot];
            if (probe == 0)
            {
                return -1;
            }

            if (probe == meta && EqualLower(_pool, _offsets[slot], text, start, length))
            {
                return _ids[slot];
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static ulong Meta(uint hash, int length) => ((ulong)hash << 32) | (uint)length;

    private static bool Equal(char[] pool, int offset, char[] buffer, int start, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (pool[offset + i] != buffer[start + i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool EqualLower(char[] pool, int offset, string text, int start, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (pool[offset + i] != (char)(text[start + i] | 0x20))
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
