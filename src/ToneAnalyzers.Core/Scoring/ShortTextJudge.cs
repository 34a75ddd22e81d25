using ToneAnalyzers.Matching;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Scoring;

/// <summary>
/// Gives a short text that no phrase rule flagged to the language's <see cref="ToneModel"/>, and reports it when the
/// model scores it above its threshold. Rules come first: their findings have exact spans and rewrites; the model's
/// finding covers a sentence and only says what it does to the customer.
/// </summary>
internal sealed class ShortTextJudge
{
    private const int MinimumWords = 4; // shorter fragments ("No thanks", "you should be") give the model too little to judge

    private readonly SentenceFeatures _features = new();
    private readonly float[] _sums = new float[ToneModel.Classes];

    /// <summary>
    /// Judges a short text that no rule flagged as a whole, as the model was trained (a message, a UI string: the
    /// clause that offers a remedy counts as much as the one that states a fact). When the whole reads as not
    /// respectful, reports its sentence that reads so most strongly.
    /// </summary>
    /// <param name="engine">The engine, which owns the model's rules.</param>
    /// <param name="models">The models of every language.</param>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its words, as the scan found them.</param>
    /// <param name="languages">The languages it is checked in.</param>
    /// <param name="nearMissCategories">Bits (1 &lt;&lt; category) of categories whose near misses the text holds: not reported.</param>
    public Finding? Review(ToneEngine engine, ModelPack models, string text, TokenList tokens, ToneLanguage languages, int nearMissCategories)
    {
        if (tokens.Count < MinimumWords)
        {
            return null;
        }

        var start = tokens.Start[0];
        var end = tokens.End[tokens.Count - 1];
        var cyrillic = Scripts.HasCyrillic(text, start, end);
        var model = Best(models, text, start, end, languages, cyrillic, out var category);
        if (model is null || (nearMissCategories & (1 << (int)category)) != 0)
        {
            return null;
        }

        if (tokens.Sentence[tokens.Count - 1] == tokens.Sentence[0])
        {
            return engine.CreateModelFinding(text, start, end, model.Language, category);
        }

        // Several sentences: point at the one that carries it.
        var best = -1f;
        int bestStart = start, bestEnd = end;
        var first = 0;
        while (first < tokens.Count)
        {
            var last = first;
            while (last + 1 < tokens.Count && tokens.Sentence[last + 1] == tokens.Sentence[first])
            {
                last++;
            }

            _features.Extract(text, tokens.Start[first], tokens.End[last]);
            var score = model.Score(_features.Features, _features.Count, _sums, out _);
            if (score > best)
            {
                best = score;
                bestStart = tokens.Start[first];
                bestEnd = tokens.End[last];
            }

            first = last + 1;
        }

        return engine.CreateModelFinding(text, bestStart, bestEnd, model.Language, category);
    }

    private ToneModel? Best(ModelPack models, string text, int start, int end, ToneLanguage languages, bool cyrillic, out ToneCategory category)
    {
        ToneModel? bestModel = null;
        var best = 0f;
        category = ToneCategory.OwedGratitude;
        _features.Extract(text, start, end);
        foreach (var language in ToneLanguages.Each)
        {
            var model = (languages & language) == 0 ? null : models.For(language);
            if (model is null || !Scripts.Fits(language, cyrillic))
            {
                continue;
            }

            var score = model.Score(_features.Features, _features.Count, _sums, out var found);
            if (score >= model.Threshold && score > best)
            {
                best = score;
                bestModel = model;
                category = found;
            }
        }

        return bestModel;
    }
}
