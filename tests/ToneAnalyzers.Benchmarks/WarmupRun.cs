using System;
using System.Diagnostics;
using System.Globalization;
using ToneAnalyzers.Loading;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// What a fresh engine pays on its first texts once the code is compiled (<c>-- --warmup</c>): JIT is warmed on one engine,
/// then a second engine is timed building its automaton and on its first and second pass over the corpus (the difference
/// is the lazy DFA's warm-up: transitions computed on first sight).
/// </summary>
internal static class WarmupRun
{
    public static void Run()
    {
        var articles = HelpCentreCorpus.Articles;
        foreach (var language in new[] { ToneLanguage.English, ToneLanguage.English | ToneLanguage.Polish | ToneLanguage.Serbian })
        {
            Pass(ToneEngine.Create(RuleLoader.BuiltIn.Rules), articles, language); // JIT
            double build = double.MaxValue, first = double.MaxValue, second = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                // Best of five fresh engines: on a shared machine the minimum is the cost, the rest is other work.
                var engine = ToneEngine.Create(RuleLoader.BuiltIn.Rules);
                var sw = Stopwatch.StartNew();
                engine.Analyze("You should be grateful.", language);
                build = Math.Min(build, sw.Elapsed.TotalMilliseconds);
                first = Math.Min(first, Pass(engine, articles, language));
                second = Math.Min(second, Pass(engine, articles, language));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language,-30} build automaton {build,6:F1} ms, first pass {first,6:F1} ms, second pass {second,6:F1} ms (best of 5 fresh engines)"));
        }
    }

    private static double Pass(ToneEngine engine, string[] articles, ToneLanguage language)
    {
        var sw = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            engine.Analyze(article, language);
        }

        return sw.Elapsed.TotalMilliseconds;
    }
}
