using System;

namespace ToneAnalyzers.Scoring;

/// <summary>
/// One language's statistical second opinion: a multinomial logistic model over <see cref="SentenceFeatures"/>,
/// trained on the rules' examples, the labelled evaluation lines and respectful help text. It catches rewordings
/// no phrase rule lists; it speaks only above a threshold chosen so that respectful text stays silent.
/// </summary>
internal sealed class ToneModel
{
    /// <summary>Class 0 is respectful; classes 1..8 are the categories TONE001..TONE008.</summary>
    public const int Classes = 9;

    // Open addressing by slot: a 32-bit key per slot (0 = empty) and the slot's weights right after each other in
    // one array, so a feature the model does not know (most words of ordinary text) costs one probe of a small array.
    private readonly uint[] _keys;
    private readonly sbyte[] _weights; // Classes weights per slot, scaled by _scale
    private readonly float _scale;
    private readonly float[] _bias;
    private readonly int _mask;

    public ToneModel(ToneLanguage language, float threshold, float scale, float[] bias, ulong[] features, sbyte[] weights)
    {
        Language = language;
        Threshold = threshold;
        _scale = scale;
        _bias = bias;
        var size = 1;
        while (size < features.Length * 2)
        {
            size <<= 1;
        }

        _keys = new uint[size];
        _weights = new sbyte[size * Classes];
        _mask = size - 1;
        for (var i = 0; i < features.Length; i++)
        {
            var slot = (int)features[i] & _mask;
            var key = KeyOf(features[i]);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            Array.Copy(weights, i * Classes, _weights, slot * Classes, Classes);
        }
    }

    public ToneLanguage Language { get; }

    /// <summary>The probability of "not respectful" at or above which a sentence is reported.</summary>
    public float Threshold { get; }

    /// <summary>The probability that the text is not respectful, and the category it most likely belongs to.</summary>
    /// <param name="features">Features from <see cref="SentenceFeatures"/>.</param>
    /// <param name="count">How many of <paramref name="features"/> to read.</param>
    /// <param name="sums">Scratch space of <see cref="Classes"/> floats, one per thread.</param>
    /// <param name="category">The most likely category.</param>
    public float Score(ulong[] features, int count, float[] sums, out ToneCategory category)
    {
        for (var c = 0; c < Classes; c++)
        {
            sums[c] = 0;
        }

        for (var i = 0; i < count; i++)
        {
            var feature = features[i];
            var key = KeyOf(feature);
            var slot = (int)feature & _mask;
            while (true)
            {
                var found = _keys[slot];
                if (found == key)
                {
                    var row = slot * Classes;
                    for (var c = 0; c < Classes; c++)
                    {
                        sums[c] += _weights[row + c];
                    }

                    break;
                }

                if (found == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        var max = float.MinValue;
        for (var c = 0; c < Classes; c++)
        {
            sums[c] = (sums[c] * _scale) + _bias[c];
            max = Math.Max(max, sums[c]);
        }

        var total = 0.0;
        var best = 1;
        for (var c = 0; c < Classes; c++)
        {
            total += Math.Exp(sums[c] - max);
            if (c > 0 && sums[c] > sums[best])
            {
                best = c;
            }
        }

        category = (ToneCategory)best;
        return (float)(1 - (Math.Exp(sums[0] - max) / total));
    }

    /// <summary>The high half of a feature as its key (never 0, which marks an empty slot); the low half picks the slot.</summary>
    private static uint KeyOf(ulong feature) => (uint)(feature >> 32) | 1u;
}
