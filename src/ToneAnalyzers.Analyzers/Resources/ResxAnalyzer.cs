using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ToneAnalyzers.Analyzers.Configuration;

namespace ToneAnalyzers.Analyzers.Resources;

/// <summary>
/// Checks the string resources of .resx/.resw AdditionalFiles. The language comes from the culture suffix (<c>Strings.ru-RU.resx</c>);
/// neutral files use <c>tone_analyzers.default_language</c>. A malformed file gives TONE000 at the XML error; other files are still analysed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ResxAnalyzer : DiagnosticAnalyzer
{
    public const string TextKind = "resx";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ToneDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => ToneCompilationState.RegisterAdditionalFileAction(start, Analyze));
    }

    private static void Analyze(AdditionalFileAnalysisContext context, ToneCompilationState state)
    {
        Microsoft.CodeAnalysis.Text.SourceText? text = null;
        try
        {
            if (state.KindOf(context.AdditionalFile) != ToneFileKind.Resx)
            {
                return;
            }

            var settings = state.SettingsFor(context.AdditionalFile);
            var culture = FileKinds.CultureLanguage(context.AdditionalFile.Path);
            if (!settings.Enabled || culture is null)
            {
                return;
            }

            var languages = (culture == ToneLanguage.None ? settings.DefaultLanguage : culture.Value) & settings.Languages;
            if (languages == ToneLanguage.None)
            {
                return;
            }

            text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text is null)
            {
                AdditionalFileReporter.ReportFailure(context, null, 1, 1, "the file cannot be read");
                return;
            }

            var source = text.ToString();
            var lines = text.Lines;
            var strings = ResxReader.Read(source, line => line - 1 < lines.Count ? lines[Math.Max(0, line - 1)].Start : source.Length, out var error);
            if (error is { } e)
            {
                AdditionalFileReporter.ReportFailure(context, text, e.Line, e.Column, "the file is not well-formed XML (" + e.Message + ")");
                return;
            }

            var engine = state.EngineFor(settings);
            state.ReportProblems(engine, settings, AdditionalFileReporter.LocationOf(context, text, 0, 0), context.ReportDiagnostic);
            foreach (var resource in strings)
            {
                if (!resource.Ignored)
                {
                    AdditionalFileReporter.Report(context, text, resource.Value, engine.Engine, languages, TextKind);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AdditionalFileReporter.ReportFailure(context, text, 1, 1, e.GetType().Name + ": " + e.Message);
        }
    }
}
