using System.Collections.Generic;

namespace ToneAnalyzers.Matching;

/// <summary>
/// A character trie of the stems patterns use (<c>благодар*</c>). For a folded word it lists the ids of all
/// stems the word starts with. Most words leave the trie at their first or second character.
/// </summary>
internal sealed class PrefixTable
{
    private readonly Dictionary<long, int> _children = new();
    private readonly List<int> _terminalId = new() { -1 };

    public PrefixTable(IReadOnlyDictionary<string, int> stems)
    {
        foreach (var pair in stems)
        {
            var node = 0;
            foreach (var c in pair.Key)
            {
                var key = ((long)node << 16) | c;
                if (!_children.TryGetValue(key, out var child))
                {
                    child = _terminalId.Count;
                    _terminalId.Add(-1);
                    _children.Add(key, child);
                }

                node = child;
            }

            _terminalId[node] = pair.Value;
        }

        IsEmpty = stems.Count == 0;
        foreach (var stem in stems.Keys)
        {
            if (stem[0] < 128)
            {
                _asciiFirst[stem[0]] = true;
                if (stem.Length > 1 && stem[1] < 128)
                {
                    _asciiPairs[(stem[0] << 7) | stem[1]] = true;
                }
                else
                {
                    // A one-letter stem, or one whose second letter is not ASCII: any second letter may lead to it.
                    for (var second = 0; second < 128; second++)
                    {
                        _asciiPairs[(stem[0] << 7) | second] = true;
                    }
                }
            }
            else
            {
                HasNonAsciiFirst = true;
            }
        }
    }

    private readonly bool[] _asciiFirst = new bool[128];

    // The first two characters of the ASCII-led stems: most words that share a stem's first letter ("and" for
    // "apologi*") leave here, without a walk of the trie.
    private readonly bool[] _asciiPairs = new bool[128 * 128];

    /// <summary>Whether some stem starts with this lower-case ASCII character (so a plain ASCII word needs the trie walk).</summary>
    public bool MayStartWith(char asciiLower) => _asciiFirst[asciiLower];

    public bool HasNonAsciiFirst { get; }

    public bool IsEmpty { get; }

    /// <summary>As <see cref="FindPrefixes"/> for a plain ASCII word of <paramref name="text"/>, lower-cased on the fly.</summary>
    public int FindPrefixesAscii(string text, int start, int length, int[] ids)
    {
        if (length >= 2 && !_asciiPairs[((text[start] | 0x20) << 7) | (text[start + 1] | 0x20)])
        {
            return 0;
        }

        var count = 0;
        var node = 0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            if (!_children.TryGetValue(((long)node << 16) | (uint)(text[i] | 0x20), out node))
            {
                break;
            }

            var id = _terminalId[node];
            if (id >= 0 && count < ids.Length)
            {
                ids[count++] = id;
            }
        }

        return count;
    }

    /// <summary>Writes the ids of the stems that <paramref name="buffer"/>[start..start+length) starts with; returns how many.</summary>
    public int FindPrefixes(char[] buffer, int start, int length, int[] ids)
    {
        var count = 0;
        var node = 0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            if (!_children.TryGetValue(((long)node << 16) | buffer[i], out node))
            {
                break;
            }

            var id = _terminalId[node];
            if (id >= 0 && count < ids.Length)
            {
                ids[count++] = id;
            }
        }

        return count;
    }
}
