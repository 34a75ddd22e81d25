using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// Scans the whole help-centre corpus (about 2,900 Markdown articles) with all built-in rules, single-threaded,
/// against one compiled Regex of the same phrases. The MB/s column is UTF-8 megabytes of text per second.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class EngineThroughputBenchmarks
{
    private string[] _articles = null!;
    private Regex _regex = null!;
    private ToneEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = HelpCentreCorpus.Articles;
        _engine = ToneEngine.BuiltIn;
        _regex = RegexBaseline.Build(_engine.Rules, out _);
    }

    [Benchmark(Baseline = true, Description = "Regex (Compiled, IgnoreCase), same phrases")]
    public int RegexAlternation()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += _regex.Count(article);
        }

        return count;
    }

    [Benchmark(Description = "ToneEngine, English")]
    public int EngineEnglish()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += _engine.Analyze(article, ToneLanguage.English).Count;
        }

        return count;
    }

    [Benchmark(Description = "ToneEngine, all languages")]
    public int EngineAllLanguages()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += _engine.Analyze(article, ToneLanguage.All).Count;
        }

        return count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(8).WithLaunchCount(1));
            AddColumn(new ThroughputColumn());
        }
    }

    /// <summary>Corpus megabytes (UTF-8) divided by the mean time of one pass.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        private static readonly long s_bytes = HelpCentreCorpus.Utf8Bytes;

        public string Id => "MBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes of corpus text scanned per second, one thread";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is null)
            {
                return "-";
            }

            var seconds = report.ResultStatistics.Mean / 1e9;
            return (s_bytes / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
