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

    private readonly ulong[] _keys;   // open addressing; 0 marks an empty slot
    private readonly int[] _rows;     // row of each slot's weights
    private readonly sbyte[] _weights; // Classes weights per feature, scaled by _scale
    private readonly float _scale;
    private readonly float[] _bias;
    private readonly int _mask;

    public ToneModel(ToneLanguage language, float threshold, float scale, float[] bias, ulong[] features, sbyte[] weights)
    {
        Language = language;
        Threshold = threshold;
        _scale = scale;
        _bias = bias;
        _weights = weights;
        var size = 1;
        while (size < features.Length * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _rows = new int[size];
        _mask = size - 1;
        for (var i = 0; i < features.Length; i++)
        {
            var slot = (int)features[i] & _mask;
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = features[i];
            _rows[slot] = i;
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
            var slot = (int)feature & _mask;
            while (true)
            {
                var key = _keys[slot];
                if (key == feature)
                {
                    var row = _rows[slot] * Classes;
                    for (var c = 0; c < Classes; c++)
                    {
                        sums[c] += _weights[row + c];
                    }

                    break;
                }

                if (key == 0)
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
}
