using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;
using ToneAnalyzers;
using ToneCheck.Checking;
using ToneCheck.Config;
using ToneCheck.Extraction;
using ToneCheck.Fixing;
using ToneCheck.Input;
using ToneCheck.Output;

namespace ToneCheck.Cli;

/// <summary>The tonecheck command: arguments in, exit code out (0 clean, 1 findings, 2 usage or configuration error).</summary>
internal static class ToneCheckCli
{
    public const int ExitClean = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static string Version { get; } = ReadVersion();

    /// <summary>Runs tonecheck in-process (tests) with explicit writers and working folder.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory) =>
        Run(args, new CliContext { Stdout = stdout, Stderr = stderr, WorkingDirectory = workingDirectory });

    public static int Run(string[] args, CliContext context)
    {
        var commandLine = new CommandLine();
        var parse = commandLine.Root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Stderr.WriteLine("tonecheck: error: " + error.Message);
            }

            context.Stderr.WriteLine("Run 'tonecheck --help' for usage.");
            return ExitUsage;
        }

        if (parse.Action is not null && parse.Action != commandLine.Root.Action)
        {
            // --help or --version
            parse.Invoke(new InvocationConfiguration { Output = context.Stdout, Error = context.Stderr });
            context.Stdout.Flush();
            return ExitClean;
        }

        var errors = new List<string>();
        var options = commandLine.ToOptions(parse, errors);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                context.Stderr.WriteLine("tonecheck: error: " + error);
            }

            return ExitUsage;
        }

        try
        {
            return Execute(options, context);
        }
        finally
        {
            context.Stdout.Flush();
            context.Stderr.Flush();
        }
    }

    private static int Execute(CliOptions options, CliContext context)
    {
        var clock = Stopwatch.StartNew();
        Task? warmUp = null;
        if (!options.ParseOnly && options.ConfigPath is null)
        {
            // Finding the files is one thread's work; meanwhile another core compiles the rules most runs need
            // (built-in rules; Latin-script text that detection narrows to English). A run that needs other rules or
            // languages builds them as before.
            var languages = options.Languages == ToneLanguage.None ? ToneLanguage.English : options.Languages;
            warmUp = Task.Run(() => WarmUp(languages));
        }

        var cwd = Path.GetFullPath(context.WorkingDirectory);
        var discovery = InputDiscovery.Discover(options.Paths, new DiscoveryOptions
        {
            WorkingDirectory = cwd,
            Include = options.Include,
            Exclude = options.Exclude,
            UseGitIgnore = !options.NoIgnore,
            StdinKind = options.StdinKind,
            StdinPath = options.StdinPath,
        });
        if (discovery.UsageErrors.Count > 0)
        {
            foreach (var error in discovery.UsageErrors)
            {
                context.Stderr.WriteLine("tonecheck: error: " + error);
            }

            return ExitUsage;
        }

        // Configuration first, for every file, so a bad config stops the run before any work.
        var resolver = new ConfigResolver(cwd, options.ConfigPath, options.Languages, options.Model);
        var work = new List<(InputFile File, ToneCheckConfig Config)>(discovery.Files.Count);
        foreach (var file in discovery.Files)
        {
            if (options.Shard is { } shard && !shard.Contains(file.DisplayPath))
            {
                continue;
            }

            var config = resolver.For(file);
            if (!file.IsExplicit && !IsIncludedByConfig(file, config))
            {
                continue;
            }

            work.Add((file, config));
        }

        if (resolver.Errors.Count > 0)
        {
            foreach (var error in resolver.Errors)
            {
                context.Stderr.WriteLine(error.ToString());
            }

            context.Stderr.WriteLine("tonecheck: error: fix the configuration above; nothing was checked.");
            return ExitUsage;
        }

        Baseline? baseline = null;
        if (options.BaselinePath is not null && !options.WriteBaseline)
        {
            var full = Path.GetFullPath(options.BaselinePath, cwd);
            if (!File.Exists(full))
            {
                context.Stderr.WriteLine($"tonecheck: error: baseline file '{options.BaselinePath}' not found; create it with --baseline {options.BaselinePath} --write-baseline");
                return ExitUsage;
            }

            baseline = Baseline.Load(full, out var baselineError);
            if (baselineError is not null)
            {
                context.Stderr.WriteLine("tonecheck: error: " + baselineError);
                return ExitUsage;
            }
        }

        if (options.ParseOnly)
        {
            return ParseOnly(work, options, context, clock);
        }

        byte[]? stdinBytes = null;
        if (work.Exists(static w => w.File.IsStdin))
        {
            using var stdin = context.OpenStdin();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            stdinBytes = buffer.ToArray();
        }

        var settings = new CheckSettings
        {
            MaxFileBytes = options.MaxFileBytes,
            KeepDocuments = options.Fix,
            StdinBytes = stdinBytes,
            ReadAllBytes = context.ReadAllBytes,
            Jobs = options.Jobs > 0 ? options.Jobs : Environment.ProcessorCount,
        };

        // Workers start once the common automaton exists: they would only queue on its build (one build per language set).
        warmUp?.Wait();

        var isCi = IsCi(context);
        var showProgress = !options.NoProgress && !isCi && context.StderrIsTerminal && work.Count >= 200;
        var results = showProgress ? RunWithProgress(work, settings, context) : CheckRunner.Run(work, settings);

        // Flatten in file order; number identical findings for baseline keys and fingerprints.
        var all = new List<CheckFinding>();
        var fileErrors = new List<FileError>();
        var suppressed = 0;
        var checkedFiles = 0;
        foreach (var result in results)
        {
            if (result.Error is not null)
            {
                fileErrors.Add(new FileError(result.File.DisplayPath, result.Error));
                continue;
            }

            checkedFiles++;
            suppressed += result.Suppressed;
            all.AddRange(result.Findings);
        }

        Baseline.AssignOccurrences(all);

        if (options.WriteBaseline)
        {
            Baseline.Write(options.BaselinePath!, cwd, Version, all);
            context.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tonecheck: recorded {all.Count} findings from {checkedFiles} files in {options.BaselinePath}; later runs with --baseline report only new ones."));
            foreach (var e in fileErrors)
            {
                context.Stderr.WriteLine($"tonecheck: {e.Path}: {e.Message}");
            }

            return ExitClean;
        }

        var baselined = baseline?.Apply(all, Path.GetFullPath(options.BaselinePath!, cwd), cwd) ?? 0;

        var fixedCount = 0;
        var filesFixed = 0;
        if (options.Fix)
        {
            var diff = new StringBuilder();
            foreach (var result in results)
            {
                var fixedText = Fixer.Apply(result);
                if (fixedText is null)
                {
                    continue;
                }

                if (options.DryRun)
                {
                    diff.Append(UnifiedDiff.Create(result.File.DisplayPath, result.Document!.Text, fixedText));
                    foreach (var f in result.Findings)
                    {
                        f.Fixed = false;
                    }

                    filesFixed++;
                    continue;
                }

                try
                {
                    AtomicFile.Write(result.File.FullPath, result.Document!.Encode(fixedText));
                    filesFixed++;
                    foreach (var f in result.Findings)
                    {
                        fixedCount += f.Fixed ? 1 : 0;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    foreach (var f in result.Findings)
                    {
                        f.Fixed = false;
                    }

                    fileErrors.Add(new FileError(result.File.DisplayPath, "could not write the fix: " + e.Message));
                }
            }

            if (options.DryRun)
            {
                context.Stdout.Write(diff.ToString());
            }
        }

        var reported = all.FindAll(static f => !f.Baselined && !f.Fixed);
        var report = new CheckReport
        {
            Version = Version,
            FilesChecked = checkedFiles,
            Findings = reported,
            Errors = fileErrors,
            Suppressed = suppressed,
            Baselined = baselined,
            Fixed = fixedCount,
            FilesFixed = options.DryRun ? 0 : filesFixed,
            Elapsed = clock.Elapsed,
            Shard = options.Shard?.ToString(),
        };

        WriteReport(report, options, context);
        if (options.DryRun && filesFixed > 0)
        {
            context.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tonecheck: --dry-run: {filesFixed} files would change; run with --fix alone to apply."));
        }

        if (options.FailOn is not { } failOn)
        {
            return ExitClean;
        }

        return report.CountAtOrAbove(failOn) > 0 || fileErrors.Count > 0 ? ExitFindings : ExitClean;
    }

    private static void WarmUp(ToneLanguage languages)
    {
        try
        {
            ToneEngine.BuiltIn.Analyze("warm up", languages);
        }
        catch (Exception)
        {
            // Only a head start: the real run meets (and reports) whatever went wrong here.
        }
    }

    private static void WriteReport(CheckReport report, CliOptions options, CliContext context)
    {
        TextWriter writer;
        StringWriter? buffer = null;
        if (options.OutputPath is not null)
        {
            buffer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            writer = buffer;
        }
        else if (options.DryRun)
        {
            // Standard output carries the diff; the summary goes to standard error.
            TextReporter.WriteSummary(report, context.Stderr);
            return;
        }
        else
        {
            writer = context.Stdout;
        }

        switch (options.Format)
        {
            case OutputFormat.Json:
                JsonReporter.Write(report, writer);
                break;
            case OutputFormat.Sarif:
                SarifReporter.Write(report, writer);
                break;
            case OutputFormat.GitHub:
                GitHubReporter.Write(report, writer);
                break;
            case OutputFormat.Html:
                HtmlReporter.Write(report, writer);
                break;
            default:
                var colour = options.OutputPath is null && (options.Colour ?? (context.StdoutIsTerminal
                    && !IsCi(context)
                    && string.IsNullOrEmpty(context.GetEnvironmentVariable("NO_COLOR"))));
                new TextReporter(writer, colour).Write(report);
                break;
        }

        if (buffer is not null)
        {
            var full = Path.GetFullPath(options.OutputPath!, context.WorkingDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.Write(full, new UTF8Encoding(false).GetBytes(buffer.ToString()));
            TextReporter.WriteSummary(report, context.Stderr);
            context.Stderr.WriteLine("tonecheck: report written to " + options.OutputPath);
        }
        else if (options.Format != OutputFormat.Text)
        {
            // Machine formats keep standard output clean; the human summary goes to standard error.
            TextReporter.WriteSummary(report, context.Stderr);
        }
    }

    private static FileResult[] RunWithProgress(List<(InputFile File, ToneCheckConfig Config)> work, CheckSettings settings, CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Stderr),
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
        });
        FileResult[] results = Array.Empty<FileResult>();
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Checking files", maxValue: work.Count);
                var done = 0;
                using var timer = new Timer(_ => task.Value = Volatile.Read(ref done), null, 100, 100);
                results = CheckRunner.Run(work, settings, () => Interlocked.Increment(ref done));
                task.Value = work.Count;
            });
        return results;
    }

    /// <summary>Running under CI (generic CI, GitHub Actions, Azure Pipelines): plain output, no progress bar.</summary>
    private static bool IsCi(CliContext context) =>
        !string.IsNullOrEmpty(context.GetEnvironmentVariable("CI")) ||
        !string.IsNullOrEmpty(context.GetEnvironmentVariable("GITHUB_ACTIONS")) ||
        !string.IsNullOrEmpty(context.GetEnvironmentVariable("TF_BUILD"));

    private static bool IsIncludedByConfig(InputFile file, ToneCheckConfig config)
    {
        if (config.Path is null || (config.IncludeGlobs.IsEmpty && config.ExcludeGlobs.IsEmpty))
        {
            return true;
        }

        var relative = Path.GetRelativePath(config.Directory, file.FullPath).Replace('\\', '/');
        if (!config.IncludeGlobs.IsEmpty && !config.IncludeGlobs.Matches(relative))
        {
            return false;
        }

        return !config.ExcludeGlobs.Matches(relative);
    }

    /// <summary>The Markdig-only baseline for benchmarks: discovery, reading and parsing, nothing else.</summary>
    private static int ParseOnly(List<(InputFile File, ToneCheckConfig Config)> work, CliOptions options, CliContext context, Stopwatch clock)
    {
        var jobs = options.Jobs > 0 ? options.Jobs : Environment.ProcessorCount;
        long blocks = 0;
        var errors = 0;
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            var document = SourceReader.Read(work[i].File.FullPath, options.MaxFileBytes, null, out _);
            if (document is null)
            {
                Interlocked.Increment(ref errors);
                return;
            }

            if (work[i].File.Kind == FileKind.Markdown)
            {
                Interlocked.Add(ref blocks, MarkdownExtractor.Parse(document.Text).Count);
            }
        });
        context.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tonecheck --parse-only: parsed {work.Count - errors} files ({blocks} top-level blocks) in {clock.Elapsed.TotalSeconds:0.00} s"));
        return ExitClean;
    }

    private static string ReadVersion()
    {
        var version = typeof(ToneCheckCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? version[..plus] : version;
    }
}
