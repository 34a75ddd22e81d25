using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using ToneAnalyzers.Loading;
using ToneAnalyzers.Matching;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// The warm (JIT-free) cost of what a cold process does before its first finding (<c>-- --build-cost [repeats]</c>):
/// loading the rule pack, then per language set parsing the patterns, building the automaton and the lazy DFA's
/// root, each stage timed alone over many repeats (median and best). <c>--startup</c> shows the cold figure.
/// </summary>
internal static class BuildCostRun
{
    private static readonly (string Name, ToneLanguage Languages)[] s_sets =
    {
        ("en", ToneLanguage.English),
        ("en|pl|sr", ToneLanguage.English | ToneLanguage.Polish | ToneLanguage.Serbian),
        ("all", ToneLanguage.All),
    };

    public static void Run(string[] args)
    {
        var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var rules = RuleLoader.BuiltIn.Rules;
        Console.WriteLine(Invariant($"{rules.Count} rules, {repeats} repeats after warm-up; load average {AnalyzerCostRun.LoadAverage()}"));
        Report("load rule pack", repeats, () => RulePack.Deserialize(BuiltInRulePack.Data).Count);
        foreach (var (name, languages) in s_sets)
        {
            var selected = rules.Where(r => (r.Language & languages) != 0).ToArray();
            var patterns = selected.Sum(r => r.Patterns.Count + r.Unless.Count);
            var engine = ToneEngine.Create(rules);
            Report(Invariant($"{name}: parse {patterns} patterns"), repeats, () => Parse(selected).Patterns.Length);
            var parsed = Parse(selected);
            Report(Invariant($"{name}: build automaton"), repeats, () => AutomatonBuilder.Build(parsed.Patterns, parsed.Infos).StateCount);
            var automaton = AutomatonBuilder.Build(parsed.Patterns, parsed.Infos);
            Report(Invariant($"{name}: lazy DFA root"), repeats, () => new LazyDfa(automaton).Root.States.Length);
            Report(Invariant($"{name}: engine, all stages"), repeats, () => ToneEngine.Create(rules).AutomatonFor(languages).StateCount);
            Console.WriteLine(Invariant($"    {automaton.StateCount} states, {automaton.Words.Count} words, {automaton.Edges.Sum(e => e.Length)} edges, fingerprint {AutomatonFingerprint.Of(automaton, parsed.Patterns)}"));
        }
    }

    private static (SequenceNode[] Patterns, PatternInfo[] Infos) Parse(ToneRule[] rules)
    {
        var patterns = new List<SequenceNode>();
        var infos = new List<PatternInfo>();
        var words = new WordInterner();
        for (var i = 0; i < rules.Length; i++)
        {
            foreach (var (kind, texts) in new[] { (PatternKind.Rule, rules[i].Patterns), (PatternKind.Unless, rules[i].Unless) })
            {
                foreach (var text in texts)
                {
                    var node = PatternParser.Parse(text, words);
                    patterns.Add(node);
                    infos.Add(new PatternInfo(kind, i, node.Anchors));
                }
            }
        }

        return (patterns.ToArray(), infos.ToArray());
    }

    private static void Report(string name, int repeats, Func<int> run)
    {
        for (var i = 0; i < 5; i++)
        {
            run();
        }

        var times = new double[repeats];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        for (var i = 0; i < repeats; i++)
        {
            var sw = Stopwatch.StartNew();
            run();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }

        var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / repeats;
        var gcs = (double)(GC.CollectionCount(0) - collections) / repeats;
        Array.Sort(times);
        Console.WriteLine(Invariant($"{name,-36} median {times[repeats / 2],7:F2} ms  best {times[0],7:F2} ms  {kb,8:F0} KB  {gcs,4:F1} GCs"));
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
