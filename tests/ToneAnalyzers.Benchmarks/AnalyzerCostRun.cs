using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ToneAnalyzers.Analyzers.CSharp;
using ToneAnalyzers.Analyzers.Resources;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// In-process breakdown of the analyzers' cost on a generated project (<c>-- --analyzer-cost DIR [options]</c>, DIR holding .cs
/// files, e.g. from <c>KEEP=1 analyzer-cost.sh</c> or <c>generate-app.py</c>). Run each cold measurement in a fresh process.
/// <list type="bullet">
/// <item><c>--resx DIR</c>: .resx AdditionalFiles.</item>
/// <item><c>--analyzers DIR</c>: load the analyzers from a directory (e.g. an unpacked package's analyzers/dotnet/cs, to see
/// ReadyToRun code) instead of the referenced build.</item>
/// <item><c>--passes N</c>: analyzer passes over the same compilation (first = cold, later = warm).</item>
/// <item><c>--compile</c>: first time the compilation itself (diagnostics + emit, twice) for a ratio in the same process.</item>
/// <item><c>--stages</c>: time the C# string pipeline stage by stage (walk, filter, text, language, engine) twice.</item>
/// </list>
/// </summary>
internal static class AnalyzerCostRun
{
    public static void Run(string[] args)
    {
        if (args[1] == "--sentences")
        {
            Sentences(args.Skip(2).ToArray());
            return;
        }

        var dir = args[1];
        string? resx = null, analyzers = null;
        var passes = 3;
        bool compile = false, stages = false;
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--resx": resx = args[++i]; break;
                case "--analyzers": analyzers = args[++i]; break;
                case "--passes": passes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--compile": compile = true; break;
                case "--stages": stages = true; break;
                default: throw new ArgumentException("unknown option " + args[i]);
            }
        }

        var sw = Stopwatch.StartNew();
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        var trees = Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(p)), parse, p))
            .ToArray();
        var refs = Directory.EnumerateFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
            .Select(p => { try { return (MetadataReference?)MetadataReference.CreateFromFile(p); } catch (BadImageFormatException) { return null; } })
            .Where(r => r is not null).Cast<MetadataReference>().ToArray();
        var compilation = CSharpCompilation.Create("App", trees, refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var additional = resx is null
            ? ImmutableArray<AdditionalText>.Empty
            : Directory.EnumerateFiles(resx, "*.resx", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).Select(p => (AdditionalText)new FileText(p)).ToImmutableArray();
        var literals = trees.Sum(t => t.GetRoot().DescendantNodes().Count(n => n.IsKind(SyntaxKind.StringLiteralExpression) || n.IsKind(SyntaxKind.InterpolatedStringExpression)));
        Console.WriteLine(Invariant($"{trees.Length} files, {trees.Sum(t => t.GetText().Lines.Count)} lines, {literals} literals, {additional.Length} .resx; parsed in {sw.ElapsedMilliseconds} ms; load average {LoadAverage()}"));

        if (stages)
        {
            Stages(trees);
        }

        if (compile)
        {
            Compile(compilation);
        }

        var all = analyzers is null ? new DiagnosticAnalyzer[] { new CSharpStringAnalyzer(), new ResxAnalyzer() } : LoadFrom(analyzers);
        var options = new AnalyzerOptions(additional);
        for (var pass = 1; pass <= passes; pass++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var collections = GC.CollectionCount(0);
            var start = Stopwatch.GetTimestamp();
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(all), new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var parts = all.Select(a => a.GetType().Name + " " + withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms");
            Console.WriteLine(Invariant($"pass {pass}: {diagnostics.Length} diagnostics ({diagnostics.Count(d => d.Id == "TONE000")} TONE000), wall {wall:F0} ms, process CPU {cpuMs:F0} ms, {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods jitted in {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F1} MB allocated, {GC.CollectionCount(0) - collections} gen0 collections; {string.Join(", ", parts)}"));
        }
    }

    /// <summary>The compilation itself (all diagnostics, emit), twice: the first pass pays the compiler's own JIT, the second is the reference.</summary>
    private static void Compile(CSharpCompilation compilation)
    {
        for (var pass = 1; pass <= 2; pass++)
        {
            var start = Stopwatch.GetTimestamp();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var fresh = compilation.Clone();
            var errors = fresh.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            using var pe = new MemoryStream();
            fresh.Emit(pe);
            Console.WriteLine(Invariant($"compile pass {pass}: wall {Stopwatch.GetElapsedTime(start).TotalMilliseconds:F0} ms, process CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms ({errors} errors)"));
        }
    }

    /// <summary>The C# string pipeline by stage, on the first (cold) and second (warm) pass, with a fresh engine on a third.</summary>
    private static void Stages(SyntaxTree[] trees)
    {
        var roots = trees.Select(t => t.GetRoot()).ToArray();
        for (var pass = 1; pass <= 3; pass++)
        {
            var engine = pass == 3 ? ToneEngine.Create(Loading.RuleLoader.BuiltIn.Rules) : ToneEngine.BuiltIn;
            long walk = 0, filter = 0, text = 0, language = 0, analyze = 0;
            int nodes = 0, customer = 0, findings = 0;
            var t0 = Stopwatch.GetTimestamp();
            var texts = new List<(SyntaxNode Node, SyntaxTree Tree)>();
            foreach (var root in roots)
            {
                foreach (var node in root.DescendantNodes(static n => !n.IsKind(SyntaxKind.UsingDirective)))
                {
                    if (node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.InterpolatedStringExpression))
                    {
                        texts.Add((node, root.SyntaxTree));
                    }
                }
            }

            walk = Stopwatch.GetTimestamp() - t0;
            foreach (var (node, tree) in texts)
            {
                nodes++;
                var t1 = Stopwatch.GetTimestamp();
                var isCustomer = CustomerTextFilter.IsCustomerText(node, Analyzers.Configuration.CSharpStringScope.All);
                var t2 = Stopwatch.GetTimestamp();
                filter += t2 - t1;
                if (!isCustomer)
                {
                    continue;
                }

                customer++;
                var source = tree.GetText().ToString(node.Span);
                var builder = new MappedTextBuilder();
                if (node is LiteralExpressionSyntax literal)
                {
                    LiteralText.AppendLiteral(builder, source, node.SpanStart, literal.Token);
                }
                else
                {
                    LiteralText.AppendInterpolated(builder, source, node.SpanStart, (InterpolatedStringExpressionSyntax)node);
                }

                var mapped = builder.Build();
                var t3 = Stopwatch.GetTimestamp();
                text += t3 - t2;
                var languages = LanguageDetector.Detect(mapped.Text);
                var t4 = Stopwatch.GetTimestamp();
                language += t4 - t3;
                if (languages != ToneLanguage.None)
                {
                    findings += engine.Analyze(mapped.Text, 0, mapped.Text.Length, languages).Count;
                }

                analyze += Stopwatch.GetTimestamp() - t4;
            }

            double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
            Console.WriteLine(Invariant($"stages pass {pass}{(pass == 3 ? " (fresh engine)" : string.Empty)}: {nodes} texts, {customer} customer, {findings} findings; walk {Ms(walk):F1} ms, filter {Ms(filter):F1}, text {Ms(text):F1}, language {Ms(language):F1}, engine {Ms(analyze):F1} ms"));
        }
    }

    /// <summary>Warm engine cost per call for each given text (or a few typical UI strings).</summary>
    private static void Sentences(string[] texts)
    {
        if (texts.Length == 0)
        {
            texts = new[]
            {
                "Your order has been shipped and should arrive within three working days.",
                "You should receive an email within a few minutes.",
                "Settings saved.",
                "Honestly, you should be grateful that we answered at all.",
                "Listing orders for tenant {Tenant} page {Page}",
                "SELECT id, name, total, status FROM orders WHERE tenant_id = @tenant AND deleted = 0",
                "orders:",
            };
        }

        var engine = ToneEngine.BuiltIn;
        foreach (var text in texts)
        {
            var languages = Environment.GetEnvironmentVariable("TONE_LANG") == "en" ? ToneLanguage.English : LanguageDetector.Detect(text);
            for (var i = 0; i < 20_000; i++)
            {
                engine.Analyze(text, 0, text.Length, languages);
            }

            const int N = 200_000;
            var start = Stopwatch.GetTimestamp();
            var count = 0;
            for (var i = 0; i < N; i++)
            {
                count += engine.Analyze(text, 0, text.Length, languages).Count;
            }

            var ns = Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1e6 / N;
            Console.WriteLine(Invariant($"{ns,8:F0} ns/call {(double)count / N:F0} findings  {text}"));
        }
    }

    private static DiagnosticAnalyzer[] LoadFrom(string dir)
    {
        var context = new DirectoryLoadContext(dir);
        var result = new List<DiagnosticAnalyzer>();
        foreach (var name in new[] { "ToneAnalyzers.Analyzers.dll" })
        {
            var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(dir, name)));
            foreach (var type in assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null))
            {
                if (type.Name is "CSharpStringAnalyzer" or "ResxAnalyzer")
                {
                    result.Add((DiagnosticAnalyzer)Activator.CreateInstance(type)!);
                }
            }
        }

        return result.ToArray();
    }

    internal static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Loads an analyzer directory's assemblies from their files (so ReadyToRun code is used), Roslyn from the host.</summary>
    private sealed class DirectoryLoadContext : AssemblyLoadContext
    {
        private readonly string _dir;

        public DirectoryLoadContext(string dir)
            : base("analyzers", isCollectible: false) => _dir = dir;

        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.GetFullPath(Path.Combine(_dir, name.Name + ".dll"));
            return File.Exists(path) && !name.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) ? LoadFromAssemblyPath(path) : null;
        }
    }

    private sealed class FileText : AdditionalText
    {
        private readonly SourceText _text;

        public FileText(string path)
        {
            Path = path;
            _text = SourceText.From(File.ReadAllText(path));
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
