using System;
using System.Collections.Generic;
using System.Linq;
using ToneAnalyzers.Scoring;

namespace ToneAnalyzers.Tests.Model;

/// <summary>
/// Trains one language's <see cref="ToneModel"/>: multinomial logistic regression by stochastic gradient descent
/// (fixed seed, so a retrain on the same data gives the same model), features seen fewer than twice dropped,
/// weights quantised to one signed byte each.
/// </summary>
internal static class ModelTrainer
{
    private const int Epochs = 12;
    private const float Rate = 0.2f;
    private const float Decay = 0.8f;
    private const float L2 = 1e-4f;
    private const int Classes = ToneModel.Classes;
    private const float NearMissWeight = 3f;
    private const int MaxCatalogSentences = 30000;

    /// <summary>-1 trains on all corpus text (the shipped model); 0 leaves half out to measure false alarms on it.</summary>
    public static int CorpusHalf { get; set; } = -1; // a labelled respectful line usually shares words with a bad one

    /// <summary>
    /// The probability of "not respectful" a sentence needs before the engine reports it. Measured on unseen rounds and
    /// on held-out corpus text: recall hardly changes between 0.9 and 0.99 (the model is sure of most of its findings),
    /// false alarms fall a little, so a high bar costs little.
    /// </summary>
    public const float Threshold = 0.95f;

    public static (ToneLanguage Language, float Threshold, float Scale, float[] Bias, ulong[] Features, sbyte[] Weights) Train(ToneLanguage language) =>
        Train(language, TrainingData.Labelled(language).ToList());

    /// <summary>Trains on the given labelled lines (plus the training half of the corpus): cross-validation leaves some out.</summary>
    public static (ToneLanguage Language, float Threshold, float Scale, float[] Bias, ulong[] Features, sbyte[] Weights) Train(ToneLanguage language, List<(string Text, int Label)> labelledLines)
    {
        var examples = labelledLines.ToList();
        var labelled = examples.Count; // near misses among these count more than corpus sentences
        examples.AddRange(TrainingData.CorpusSentences(language, CorpusHalf).Select(s => (s, 0)));
        examples.AddRange(GettextCatalogs.Messages(language).SelectMany(TrainingData.Sentences).Distinct().Take(MaxCatalogSentences).Select(s => (s, 0)));

        // Features of each example, as indices into the kept vocabulary.
        var extractor = new SentenceFeatures();
        var raw = new List<ulong[]>(examples.Count);
        var counts = new Dictionary<ulong, int>();
        foreach (var (text, _) in examples)
        {
            extractor.Extract(text, 0, text.Length);
            var features = extractor.Features.Take(extractor.Count).ToArray();
            raw.Add(features);
            foreach (var f in features)
            {
                counts[f] = counts.TryGetValue(f, out var n) ? n + 1 : 1;
            }
        }

        var kept = counts.Where(p => p.Value >= 2).Select(p => p.Key).OrderBy(k => k).ToArray();
        var index = new Dictionary<ulong, int>(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            index[kept[i]] = i;
        }

        var rows = raw.Select(fs => fs.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();
        var labels = examples.Select(e => e.Item2).ToArray();
        var bad = labels.Count(l => l > 0);
        var badWeight = (float)Math.Sqrt((labels.Length - bad) / (double)Math.Max(1, bad));

        var weights = new float[kept.Length * Classes];
        var bias = new float[Classes];
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(17);
        var p = new float[Classes];
        var rate = Rate;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            Shuffle(order, random);
            foreach (var i in order)
            {
                Probabilities(rows[i], weights, bias, p);
                var scale = labels[i] > 0 ? badWeight : i < labelled ? NearMissWeight : 1f;
                for (var c = 0; c < Classes; c++)
                {
                    var gradient = (p[c] - (labels[i] == c ? 1f : 0f)) * scale;
                    foreach (var f in rows[i])
                    {
                        var w = (f * Classes) + c;
                        weights[w] = (weights[w] * (1 - (rate * L2))) - (rate * gradient);
                    }

                    bias[c] -= rate * gradient * 0.1f;
                }
            }

            rate *= Decay;
        }

        return Quantise(language, kept, weights, bias);
    }

    private static void Probabilities(int[] row, float[] weights, float[] bias, float[] p)
    {
        var max = float.MinValue;
        for (var c = 0; c < Classes; c++)
        {
            var sum = bias[c];
            foreach (var f in row)
            {
                sum += weights[(f * Classes) + c];
            }

            p[c] = sum;
            max = Math.Max(max, sum);
        }

        var total = 0f;
        for (var c = 0; c < Classes; c++)
        {
            p[c] = MathF.Exp(p[c] - max);
            total += p[c];
        }

        for (var c = 0; c < Classes; c++)
        {
            p[c] /= total;
        }
    }

    private static (ToneLanguage, float, float, float[], ulong[], sbyte[]) Quantise(ToneLanguage language, ulong[] kept, float[] weights, float[] bias)
    {
        var max = weights.Length == 0 ? 1f : weights.Max(w => Math.Abs(w));
        var scale = max / 127f;
        var features = new List<ulong>();
        var quantised = new List<sbyte>();
        for (var i = 0; i < kept.Length; i++)
        {
            var row = new sbyte[Classes];
            var any = false;
            for (var c = 0; c < Classes; c++)
            {
                row[c] = (sbyte)Math.Round(weights[(i * Classes) + c] / scale);
                any |= row[c] != 0;
            }

            if (any && kept[i] != 0)
            {
                features.Add(kept[i]);
                quantised.AddRange(row);
            }
        }

        return (language, Threshold, scale, bias, features.ToArray(), quantised.ToArray());
    }

    private static void Shuffle(int[] order, Random random)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }
}
