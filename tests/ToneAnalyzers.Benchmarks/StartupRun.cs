using System;
using System.Diagnostics;
using ToneAnalyzers.Loading;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// What a cold process (a compiler run without a server) pays before the first finding (<c>-- --startup</c>):
/// loading the built-in rules, compiling the engine and the first scan. Run it a few times; JIT dominates.
/// </summary>
internal static class StartupRun
{
    public static void Run()
    {
        var sw = Stopwatch.StartNew();
        var rules = RuleLoader.BuiltIn;
        var load = sw.Elapsed.TotalMilliseconds;
        var engine = ToneEngine.Create(rules.Rules);
        var create = sw.Elapsed.TotalMilliseconds;
        engine.Analyze("You should be grateful that we answered.", ToneLanguage.English);
        var first = sw.Elapsed.TotalMilliseconds;
        engine.Analyze("Вы должны быть благодарны.", ToneLanguage.Russian);
        var second = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine($"load rules {load:F0} ms, create engine {create - load:F0} ms, first scan (en) {first - create:F0} ms, first scan (ru) {second - first:F0} ms; {rules.Rules.Count} rules");
    }
}
