using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ToneAnalyzers.Benchmarks;

/// <summary>Short Cyrillic and Serbian Latin segments (GNOME help translations): the analyzer's typical input, one string at a time.</summary>
[MemoryDiagnoser]
public class TranslationBenchmarks
{
    private (string Text, ToneLanguage Language)[] _segments = Array.Empty<(string, ToneLanguage)>();

    public int SegmentCount => _segments.Length;

    public double Megabytes => _segments.Sum(s => (double)Encoding.UTF8.GetByteCount(s.Text)) / 1e6;

    [GlobalSetup]
    public void Setup()
    {
        var list = new List<(string, ToneLanguage)>();
        foreach (var folder in new[] { "ru", "sr", "sr@latin" })
        {
            var dir = Path.Combine(HelpCentreCorpus.CorporaRoot, "helpdocs-i18n", "gnome-help", folder);
            var language = ToneLanguages.FromCultureName(folder);
            foreach (var line in Directory.EnumerateFiles(dir).SelectMany(File.ReadLines))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0)
                {
                    list.Add((line.Substring(tab + 1), language));
                }
            }
        }

        _segments = list.ToArray();
    }

    [Benchmark(Description = "ToneEngine, language given")]
    public int EngineKnownLanguage()
    {
        var count = 0;
        foreach (var (text, language) in _segments)
        {
            count += ToneEngine.BuiltIn.Analyze(text, language).Count;
        }

        return count;
    }

    [Benchmark(Description = "ToneEngine, language detected")]
    public int EngineDetectedLanguage()
    {
        var count = 0;
        foreach (var (text, _) in _segments)
        {
            count += ToneEngine.BuiltIn.Analyze(text).Count;
        }

        return count;
    }
}
