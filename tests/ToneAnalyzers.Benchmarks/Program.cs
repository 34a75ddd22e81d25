using BenchmarkDotNet.Running;

namespace ToneAnalyzers.Benchmarks;

/// <summary>
/// Engine throughput benchmarks. Run:
/// <c>dotnet run -c Release --project tests/ToneAnalyzers.Benchmarks -- --filter '*'</c>.
/// Results and how to read them: docs/performance.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--startup")
        {
            StartupRun.Run();
            return;
        }

        if (args.Length >= 1 && args[0] == "--build-cost")
        {
            BuildCostRun.Run(args);
            return;
        }

        if (args.Length >= 2 && args[0] == "--analyzer-cost")
        {
            AnalyzerCostRun.Run(args);
            return;
        }

        if (args.Length == 1 && args[0] == "--breakdown")
        {
            BreakdownRun.Run();
            return;
        }

        if (args.Length == 1 && args[0] == "--warmup")
        {
            WarmupRun.Run();
            return;
        }

        if (args.Length >= 1 && args[0] == "--loop")
        {
            QuickRun.Loop(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
            return;
        }

        if (args.Length == 1 && args[0] == "--quick")
        {
            QuickRun.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
