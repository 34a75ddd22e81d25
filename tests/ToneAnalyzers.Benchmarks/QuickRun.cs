using System;
using System.Diagnostics;
using System.Globalization;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// A fast sanity check of the same comparison without BenchmarkDotNet's statistics (<c>-- --quick</c>):
/// useful while editing rules; quote BenchmarkDotNet's figures, not these.
/// </summary>
internal static class QuickRun
{
    public static void Run()
    {
        var b = new EngineThroughputBenchmarks();
        b.Setup();
        var mb = HelpCentreCorpus.SubsetUtf8Bytes / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"subset: {HelpCentreCorpus.SubsetSize} articles, {mb:F2} MB, {ToneEngine.BuiltIn.Rules.Count} rules, {b.PhraseCount} English phrases in the regex"));
        if (Environment.GetEnvironmentVariable("TONE_QUICK_REGEX") == "1")
        {
            Measure("regex baseline", mb, b.RegexAlternation, repeats: 1);
        }
        Measure("engine (en)", mb, b.EngineEnglish);
        var full = new FullCorpusBenchmarks();
        full.Setup();
        var fullMb = HelpCentreCorpus.Utf8Bytes / 1e6;
        Measure("full corpus (en)", fullMb, full.EngineEnglish);
        Measure("full corpus (all)", fullMb, full.EngineAllLanguages);
        Measure("full corpus (detect)", fullMb, full.EngineDetected);
        Measure("detect only", fullMb, full.DetectOnly);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"detected English alone: {full.DetectOnly()} of {HelpCentreCorpus.Articles.Length} articles"));
        var r = new TranslationBenchmarks();
        r.Setup();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"translations: {r.SegmentCount} ru+sr segments, {r.Megabytes:F1} MB"));
        Measure("engine ru+sr", r.Megabytes, r.EngineKnownLanguage);
        Measure("engine detect", r.Megabytes, r.EngineDetectedLanguage);
    }

    /// <summary>Scans the full English corpus for a number of passes: a steady loop to attach a profiler to.</summary>
    public static void Loop(int passes)
    {
        var full = new FullCorpusBenchmarks();
        full.Setup();
        var fullMb = HelpCentreCorpus.Utf8Bytes / 1e6;
        Measure("full corpus (en)", fullMb, full.EngineEnglish, passes);
    }

    private static void Measure(string name, double mb, Func<int> run, int repeats = 3)
    {
        if (repeats > 1)
        {
            run();
        }

        var best = double.MaxValue;
        var result = 0;
        for (var i = 0; i < repeats; i++)
        {
            var sw = Stopwatch.StartNew();
            result = run();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} {best * 1000,8:F0} ms {mb / best,8:F1} MB/s  matches={result}"));
    }
}
