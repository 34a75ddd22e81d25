using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ToneAnalyzers.Analyzers.Configuration;

namespace ToneAnalyzers.Analyzers;

/// <summary>
/// What every ToneAnalyzers analyzer needs for one compilation: the rule set (built-ins plus the project's rule files, parsed once and
/// cached across compilations), engines per configuration, and which additional files are duplicates of others.
/// </summary>
public sealed class ToneCompilationState
{
    private const string KindMetadataKey = "build_metadata.AdditionalFiles.ToneAnalyzersKind";

    private readonly AnalyzerOptions _options;
    private readonly HashSet<AdditionalText> _duplicates;
    private readonly ConcurrentDictionary<string, ToneSettings> _settings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EngineEntry> _engines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ToneSettings, bool> _settingsReported = new();
    private int _problemsReported;

    private ToneCompilationState(AnalyzerOptions options, ToneRuleSet ruleSet, HashSet<AdditionalText> duplicates)
    {
        _options = options;
        RuleSet = ruleSet;
        _duplicates = duplicates;
    }

    public ToneRuleSet RuleSet { get; }

    public AnalyzerConfigOptionsProvider OptionsProvider => _options.AnalyzerConfigOptionsProvider;

    public static ToneCompilationState Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var ruleFiles = new List<(string Path, SourceText? Text)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var duplicates = new HashSet<AdditionalText>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!seen.Add(file.Path.Replace('\\', '/')))
            {
                duplicates.Add(file);
                continue;
            }

            if (EngineCache.IsRuleFile(file.Path))
            {
                ruleFiles.Add((file.Path, file.GetText(cancellationToken)));
            }
        }

        return new ToneCompilationState(options, EngineCache.GetRuleSet(ruleFiles), duplicates);
    }

    /// <summary>Creates the state and registers <paramref name="action"/> for every additional file; a failure becomes one TONE000, never AD0001.</summary>
    public static void RegisterAdditionalFileAction(CompilationStartAnalysisContext start, Action<AdditionalFileAnalysisContext, ToneCompilationState> action)
    {
        ToneCompilationState state;
        try
        {
            state = Create(start.Options, start.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reported = 0;
            start.RegisterAdditionalFileAction(file =>
            {
                if (Interlocked.Exchange(ref reported, 1) == 0)
                {
                    AdditionalFileReporter.ReportFailure(file, null, 1, 1, "the rule files could not be loaded (" + e.Message + ")");
                }
            });
            return;
        }

        start.RegisterAdditionalFileAction(file => action(file, state));
    }

    public ToneSettings SettingsFor(SyntaxTree tree) => SettingsFor(OptionsProvider.GetOptions(tree));

    public ToneSettings SettingsFor(AdditionalText file) => SettingsFor(OptionsProvider.GetOptions(file));

    /// <summary>The engine for these settings: looked up once per distinct configuration in this compilation, compiled once across compilations.</summary>
    public EngineEntry EngineFor(ToneSettings settings) =>
        _engines.GetOrAdd(settings.EngineKey, _ => EngineCache.GetEngine(RuleSet, settings));

    private ToneSettings SettingsFor(AnalyzerConfigOptions options)
    {
        // Most files share a configuration: read the raw values, and parse each distinct combination once per compilation.
        var key = ToneSettings.RawKey(options, OptionsProvider.GlobalOptions);
        return _settings.GetOrAdd(key, _ => ToneSettings.Read(options, OptionsProvider.GlobalOptions));
    }

    /// <summary>The kind of an additional file, or <see cref="ToneFileKind.None"/> for duplicates and files we do not read.</summary>
    public ToneFileKind KindOf(AdditionalText file)
    {
        if (_duplicates.Contains(file))
        {
            return ToneFileKind.None;
        }

        OptionsProvider.GetOptions(file).TryGetValue(KindMetadataKey, out var kindOverride);
        return FileKinds.Classify(file.Path, kindOverride);
    }

    /// <summary>
    /// Reports configuration problems once per compilation at the first place that meets them: those of an engine (an invalid allowed
    /// phrase, an unknown rule id), and those of each distinct set of settings (a misspelt language).
    /// </summary>
    public void ReportProblems(EngineEntry entry, ToneSettings settings, Location location, Action<Diagnostic> report)
    {
        if (!settings.Problems.IsDefaultOrEmpty && _settingsReported.TryAdd(settings, true))
        {
            Report(settings.Problems, location, report);
        }

        if (!entry.Problems.IsDefaultOrEmpty && Interlocked.Exchange(ref _problemsReported, 1) == 0)
        {
            Report(entry.Problems, location, report);
        }
    }

    private static void Report(IEnumerable<string> problems, Location location, Action<Diagnostic> report)
    {
        foreach (var problem in problems)
        {
            report(Diagnostic.Create(ToneDescriptors.AnalysisFailure, location, "the configuration", problem));
        }
    }
}
