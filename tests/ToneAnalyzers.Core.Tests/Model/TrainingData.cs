using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Tests.Model;

/// <summary>
/// What the model learns from: the rules' bad and good examples and their suggested rewrites, the labelled lines of tests/eval and tests/training
/// (label 0 respectful, 1..8 the category), and sentences of the shared corpora (respectful by definition). Only every
/// other corpus file or segment is used, so the other half can tell how the model does on help text it never saw.
/// </summary>
internal static class TrainingData
{
    public const string TrainerVersion = "2";

    public static IEnumerable<(string Text, int Label)> Labelled(ToneLanguage language)
    {
        foreach (var rule in RepositoryRules.Loaded.Rules.Where(r => r.Language == language))
        {
            foreach (var bad in rule.BadExamples)
            {
                yield return (bad, (int)rule.Category);
            }

            foreach (var good in rule.GoodExamples)
            {
                yield return (good, 0);
            }

            // The rewrites the rules propose are respectful by construction: a fixed text must not be flagged again.
            foreach (var suggestion in rule.Suggestions)
            {
                yield return (suggestion, 0);
            }
        }

        var code = ToneLanguages.ToCode(language);
        foreach (var file in new[] { Path.Combine("tests", "eval", code + ".tsv"), Path.Combine("tests", "training", code + ".tsv") })
        {
            var path = Path.Combine(RepositoryPaths.Root, file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var line in File.ReadLines(path))
            {
                var parts = line.Split('\t');
                if (parts.Length < 3 || line.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                if (parts[0] == "ok")
                {
                    yield return (parts[2], 0);
                }
                else if (parts[0] == "bad" && parts[1].StartsWith("TONE00", StringComparison.Ordinal) && int.TryParse(parts[1].Substring(6), out var category) && category is >= 1 and <= 8)
                {
                    yield return (parts[2], category);
                }
            }
        }
    }

    /// <summary>Respectful sentences of the corpora: all of them, or one half (<paramref name="half"/> 0 or 1) to measure on the other.</summary>
    public static IEnumerable<string> CorpusSentences(ToneLanguage language, int half = -1)
    {
        var parity = half;
        if (language == ToneLanguage.English)
        {
            var articles = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpora, "helpdocs"), "*.md", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal).ToList();
            for (var i = Math.Max(0, parity); i < articles.Count; i += parity < 0 ? 1 : 2)
            {
                foreach (var sentence in Sentences(File.ReadAllText(articles[i])))
                {
                    yield return sentence;
                }
            }
        }

        var folders = language switch
        {
            ToneLanguage.English => new[] { "ru" },
            ToneLanguage.Serbian => new[] { "sr", "sr@latin" },
            _ => new[] { ToneLanguages.ToCode(language) },
        };
        foreach (var folder in folders)
        {
            foreach (var (_, line, english, translated) in CorpusFalseAlarmTests.Segments(folder))
            {
                if (parity < 0 || line % 2 == parity)
                {
                    foreach (var sentence in Sentences(language == ToneLanguage.English ? english : translated))
                    {
                        yield return sentence;
                    }
                }
            }
        }
    }

    /// <summary>The sentences of a text as the engine splits them (sentence ends and line breaks), of three words or more.</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        var ranges = new List<(int Start, int End)>();
        var scanner = new WordScanner(text, 0, text.Length);
        int start = -1, end = -1, words = 0;
        while (scanner.Next())
        {
            if (scanner.BreakBefore && start >= 0)
            {
                if (words >= 3)
                {
                    ranges.Add((start, end));
                }

                start = -1;
                words = 0;
            }

            if (start < 0)
            {
                start = scanner.Start;
            }

            end = scanner.End;
            words++;
        }

        if (start >= 0 && words >= 3)
        {
            ranges.Add((start, end));
        }

        return ranges.Select(r => text.Substring(r.Start, r.End - r.Start));
    }

    /// <summary>A hash of every repository input of the training, so a test can tell when the model is out of date.</summary>
    public static string Hash()
    {
        using var sha = SHA256.Create();
        var inputs = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "rules"), "*.yaml")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "eval"), "*.tsv"))
            .Concat(Directory.Exists(Path.Combine(RepositoryPaths.Root, "tests", "training")) ? Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "training"), "*.tsv") : Enumerable.Empty<string>())
            .OrderBy(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'), StringComparer.Ordinal);
        var all = new StringBuilder("trainer " + TrainerVersion + "\n");
        foreach (var path in inputs)
        {
            // Line endings normalised: a checkout with CRLF must not look like new training data.
            all.Append(Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/')).Append('\n')
               .Append(File.ReadAllText(path).Replace("\r\n", "\n")).Append('\n');
        }

        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(all.ToString())));
    }
}
