using System.Linq;
using ToneAnalyzers.Text;
using System.Threading;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// Scans the help-centre corpus (Markdown articles) with all built-in rules loaded, single-threaded, against one
/// compiled Regex of the same (English) phrases. The regex is so slow on this input (about 0.03 MB/s) that the
/// comparison runs over the first <see cref="HelpCentreCorpus.SubsetSize"/> articles; the full-corpus throughput of the
/// engine is measured by <see cref="FullCorpusBenchmarks"/>. The MB/s column is UTF-8 megabytes of text per second.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class EngineThroughputBenchmarks
{
    private string[] _articles = null!;
    private Regex _regex = null!;
    private ToneEngine _engine = null!;

    public int PhraseCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = HelpCentreCorpus.Subset;
        _engine = ToneEngine.BuiltIn;
        _regex = RegexBaseline.Build(_engine.Rules.Where(r => r.Language == ToneLanguage.English), out var phrases);
        PhraseCount = phrases;
    }

    [Benchmark(Baseline = true, Description = "Regex (Compiled, IgnoreCase), same phrases")]
    public int RegexAlternation()
    {
        // The compiled matcher for thousands of alternatives has a very large stack frame: give it room.
        var count = 0;
        var thread = new Thread(
            () =>
            {
                foreach (var article in _articles)
                {
                    count += _regex.Count(article);
                }
            },
            256 * 1024 * 1024);
        thread.Start();
        thread.Join();
        return count;
    }

    [Benchmark(Description = "ToneEngine, all rules, English text")]
    public int EngineEnglish()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += _engine.Analyze(article, ToneLanguage.English).Count;
        }

        return count;
    }

    internal sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(8).WithLaunchCount(1));
            AddColumn(new ThroughputColumn(HelpCentreCorpus.SubsetUtf8Bytes));
        }
    }

    /// <summary>Corpus megabytes (UTF-8) divided by the mean time of one pass.</summary>
    internal sealed class ThroughputColumn : IColumn
    {
        private readonly long _bytes;

        public ThroughputColumn(long bytes) => _bytes = bytes;

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
            return (_bytes / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

/// <summary>The engine over the whole help-centre corpus (about 2,900 articles, 11.7 MB), one thread.</summary>
[Config(typeof(FullCorpusConfig))]
[MemoryDiagnoser]
public class FullCorpusBenchmarks
{
    private string[] _articles = null!;

    [GlobalSetup]
    public void Setup() => _articles = HelpCentreCorpus.Articles;

    [Benchmark(Baseline = true, Description = "ToneEngine, English, full corpus")]
    public int EngineEnglish()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += ToneEngine.BuiltIn.Analyze(article, ToneLanguage.English).Count;
        }

        return count;
    }

    [Benchmark(Description = "ToneEngine, language detected, full corpus")]
    public int EngineDetected()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += ToneEngine.BuiltIn.Analyze(article).Count;
        }

        return count;
    }

    /// <summary>Detection alone: its share of <see cref="EngineDetected"/>.</summary>
    public int DetectOnly()
    {
        var english = 0;
        foreach (var article in _articles)
        {
            english += LanguageDetector.Detect(article) == ToneLanguage.English ? 1 : 0;
        }

        return english;
    }

    [Benchmark(Description = "ToneEngine, all languages, full corpus")]
    public int EngineAllLanguages()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += ToneEngine.BuiltIn.Analyze(article, ToneLanguage.All).Count;
        }

        return count;
    }

    private sealed class FullCorpusConfig : ManualConfig
    {
        public FullCorpusConfig()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(8).WithLaunchCount(1));
            AddColumn(new EngineThroughputBenchmarks.ThroughputColumn(HelpCentreCorpus.Utf8Bytes));
        }
    }
}
