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
        var mb = HelpCentreCorpus.Utf8Bytes / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {HelpCentreCorpus.Articles.Length} articles, {mb:F1} MB, {ToneEngine.BuiltIn.Rules.Count} rules"));
        Measure("regex baseline", mb, b.RegexAlternation);
        Measure("engine (en)", mb, b.EngineEnglish);
        Measure("engine (all)", mb, b.EngineAllLanguages);
    }

    private static void Measure(string name, double mb, Func<int> run)
    {
        run();
        var best = double.MaxValue;
        var result = 0;
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            result = run();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {best * 1000,8:F0} ms {mb / best,8:F1} MB/s  matches={result}"));
    }
}
