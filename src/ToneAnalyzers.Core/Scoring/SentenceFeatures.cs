using System;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Scoring;

/// <summary>
/// Turns the words of a text span into hashed features for <see cref="ToneModel"/>: each folded word, its first five
/// letters (a crude stem, so inflected Slavic forms share a feature), and pairs and triples of neighbouring words and
/// stems. The trainer and the engine both call this, so the model sees exactly what it was trained on.
/// </summary>
internal sealed class SentenceFeatures
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const int StemLength = 5;

    private readonly TokenFolder _folder = new();
    private ulong[] _words = new ulong[64];
    private ulong[] _stems = new ulong[64];
    private ulong[] _features = new ulong[320];

    /// <summary>The features of the last <see cref="Extract"/> (the first <see cref="Count"/>); valid until the next call.</summary>
    public ulong[] Features => _features;

    public int Count { get; private set; }

    /// <summary>The number of words the last <see cref="Extract"/> read.</summary>
    public int WordCount { get; private set; }

    /// <summary>Features of the words of <paramref name="text"/> that start in [start, end).</summary>
    public void Extract(string text, int start, int end)
    {
        WordCount = 0;
        var scanner = new WordScanner(text, start, end - start);
        while (scanner.Next())
        {
            _folder.Fold(text, scanner.Start, scanner.End);
            AddWord(_folder.Buffer, 0, _folder.FirstLength);
            if (_folder.SecondStart >= 0)
            {
                AddWord(_folder.Buffer, _folder.SecondStart, _folder.SecondLength);
            }
        }

        Count = 0;
        EnsureFeatureRoom(WordCount * 5);
        for (var i = 0; i < WordCount; i++)
        {
            Add(Mix(_words[i], 1));
            Add(Mix(_stems[i], 2));
            if (i + 1 < WordCount)
            {
                Add(Mix((_words[i] * FnvPrime) ^ _words[i + 1], 3));
                Add(Mix((_stems[i] * FnvPrime) ^ _stems[i + 1], 4));
                if (i + 2 < WordCount)
                {
                    Add(Mix((((_stems[i] * FnvPrime) ^ _stems[i + 1]) * FnvPrime) ^ _stems[i + 2], 5));
                }
            }
        }
    }

    private void AddWord(char[] buffer, int offset, int length)
    {
        if (WordCount == _words.Length)
        {
            Array.Resize(ref _words, WordCount * 2);
            Array.Resize(ref _stems, WordCount * 2);
        }

        var hash = FnvOffset;
        var stem = FnvOffset;
        for (var k = 0; k < length; k++)
        {
            hash = (hash ^ buffer[offset + k]) * FnvPrime;
            if (k == StemLength - 1)
            {
                stem = hash;
            }
        }

        _words[WordCount] = hash;
        _stems[WordCount] = length < StemLength ? hash : stem;
        WordCount++;
    }

    private void EnsureFeatureRoom(int needed)
    {
        if (_features.Length < needed)
        {
            _features = new ulong[needed * 2];
        }
    }

    private void Add(ulong feature) => _features[Count++] = feature;

    /// <summary>SplitMix64 finaliser over the value and its kind, so features of different kinds never collide by construction.</summary>
    private static ulong Mix(ulong value, ulong kind)
    {
        var z = value + (kind * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
