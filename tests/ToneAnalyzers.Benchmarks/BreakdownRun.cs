using System;
using System.Diagnostics;
using System.Globalization;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Benchmarks;

/// <summary>Where a scan's time goes (<c>-- --breakdown</c>): the full English corpus through successively more of the pipeline, best of 20.</summary>
internal static class BreakdownRun
{
    public static void Run()
    {
        var articles = HelpCentreCorpus.Articles;
        var mb = HelpCentreCorpus.Utf8Bytes / 1e6;
        ToneEngine.BuiltIn.Analyze("warm up", ToneLanguage.English);
        var automaton = ToneEngine.BuiltIn.AutomatonFor(ToneLanguage.English);
        Measure("words only", mb, () =>
        {
            var n = 0;
            foreach (var a in articles)
            {
                var s = new WordScanner(a, 0, a.Length);
                while (s.Next())
                {
                    n += s.IsPlainAscii ? 1 : 0;
                }
            }

            return n;
        });
        Measure("words + lookup", mb, () =>
        {
            var n = 0;
            foreach (var a in articles)
            {
                var s = new WordScanner(a, 0, a.Length);
                while (s.Next())
                {
                    if (s.IsPlainAscii)
                    {
                        n += automaton.Words.FindAscii(a, s.Start, s.End - s.Start, s.AsciiHash) >= 0 ? 1 : 0;
                    }
                }
            }

            return n;
        });
        Measure("whole scan", mb, () =>
        {
            var n = 0;
            foreach (var a in articles)
            {
                n += ToneEngine.BuiltIn.Analyze(a, ToneLanguage.English).Count;
            }

            return n;
        });
    }

    private static void Measure(string name, double mb, Func<int> run)
    {
        var best = double.MaxValue;
        var result = 0;
        for (var i = 0; i < 20; i++)
        {
            var sw = Stopwatch.StartNew();
            result = run();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {best * 1000,8:F1} ms {mb / best,8:F1} MB/s  ({result})"));
    }
}
