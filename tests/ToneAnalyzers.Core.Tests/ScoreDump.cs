using System;
using System.IO;
using System.Linq;
using System.Text;
using ToneAnalyzers.Scoring;
using ToneAnalyzers.Tests.Model;

namespace ToneAnalyzers.Tests;

public class ScoreDump
{
    [Fact]
    public void CorpusModelFindings()
    {
        var outPath = Environment.GetEnvironmentVariable("TONE_CORPUS_OUT");
        if (string.IsNullOrEmpty(outPath)) return;
        var engine = RepositoryRules.Engine;
        var output = new StringBuilder();
        foreach (var folder in new[] { "ru", "pl", "sr", "sr@latin" })
        {
            var language = ToneLanguages.FromCultureName(folder);
            foreach (var (file, line, english, translated) in CorpusFalseAlarmTests.Segments(folder))
            {
                foreach (var f in engine.Analyze(translated, language).Concat(folder == "ru" ? engine.Analyze(english, ToneLanguage.English) : Enumerable.Empty<Finding>()))
                {
                    output.Append(folder).Append('\t').Append(line % 2 == 0 ? "train" : "held").Append('\t').Append(f.Rule.Id).Append('\t').Append(f.MatchedText.Replace('\n', ' ')).Append('\n');
                }
            }
        }
        var articles = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpora, "helpdocs"), "*.md", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var f in engine.Analyze(File.ReadAllText(articles[i]), ToneLanguage.English))
            {
                output.Append("helpdocs").Append('\t').Append(i % 2 == 0 ? "train" : "held").Append('\t').Append(f.Rule.Id).Append('\t').Append(f.MatchedText.Replace('\n', ' ')).Append('\n');
            }
        }
        File.WriteAllText(outPath, output.ToString());
    }

    [Fact]
    public void CrossValidate()
    {
        var outPath = Environment.GetEnvironmentVariable("TONE_CV_OUT");
        if (string.IsNullOrEmpty(outPath)) return;
        var output = new StringBuilder();
        var features = new SentenceFeatures();
        var sums = new float[ToneModel.Classes];
        foreach (var language in ToneLanguages.Each)
        {
            var all = TrainingData.Labelled(language).ToList();
            for (var fold = 0; fold < 5; fold++)
            {
                var train = all.Where((_, i) => i % 5 != fold).ToList();
                var t = ModelTrainer.Train(language, train);
                var model = new ToneModel(language, t.Threshold, t.Scale, t.Bias, t.Features, t.Weights);
                foreach (var (text, label) in all.Where((_, i) => i % 5 == fold))
                {
                    var max = 0f; var cat = ToneCategory.Blame;
                    foreach (var s in TrainingData.Sentences(text).DefaultIfEmpty(text))
                    {
                        features.Extract(s, 0, s.Length);
                        var sc = model.Score(features.Features, features.Count, sums, out var c);
                        if (sc > max) { max = sc; cat = c; }
                    }
                    output.Append(ToneLanguages.ToCode(language)).Append('\t').Append(label).Append('\t').Append((int)cat).Append('\t').Append(max.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)).Append('\t').Append(text.Replace('\t', ' ')).Append('\n');
                }
            }
        }
        File.WriteAllText(outPath, output.ToString());
    }

    [Fact]
    public void Dump()
    {
        var spec = Environment.GetEnvironmentVariable("TONE_SCORE_FILES");
        if (string.IsNullOrEmpty(spec)) return;
        var options = new ToneEngineOptions { ModelScope = ModelScope.Off };
        var rulesOnly = ToneEngine.Create(RepositoryRules.Loaded.Rules, options);
        var features = new SentenceFeatures();
        var sums = new float[ToneModel.Classes];
        var output = new StringBuilder();
        foreach (var item in spec.Split(';'))
        {
            var parts = item.Split('=');
            var language = ToneLanguages.FromCultureName(parts[0]);
            var model = ModelPack.BuiltIn.For(language)!;
            foreach (var line in File.ReadLines(parts[1]).Where(l => l.Length > 0 && !l.StartsWith("#")))
            {
                var cols = line.Split('\t');
                var text = cols[2];
                var max = 0f;
                foreach (var s in TrainingData.Sentences(text).DefaultIfEmpty(text))
                {
                    features.Extract(s, 0, s.Length);
                    max = Math.Max(max, model.Score(features.Features, features.Count, sums, out _));
                }
                var rule = rulesOnly.Analyze(text, language).Count > 0 ? 1 : 0;
                output.Append(Path.GetFileName(parts[1])).Append('\t').Append(cols[0]).Append('\t').Append(rule).Append('\t').Append(max.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        foreach (var language in ToneLanguages.Each)
        {
            var model = ModelPack.BuiltIn.For(language)!;
            foreach (var s in TrainingData.CorpusSentences(language, 1))
            {
                features.Extract(s, 0, s.Length);
                var sc = model.Score(features.Features, features.Count, sums, out _);
                output.Append("corpus-").Append(ToneLanguages.ToCode(language)).Append("\tok\t0\t").Append(sc.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        File.WriteAllText(Environment.GetEnvironmentVariable("TONE_SCORE_OUT")!, output.ToString());
    }
}
