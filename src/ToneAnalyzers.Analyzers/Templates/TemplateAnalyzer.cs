using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ToneAnalyzers.Analyzers.Templates;

/// <summary>
/// Checks templates passed as AdditionalFiles (Razor, Handlebars/Mustache, Liquid, Scriban, HTML, Markdown, plain text): only the text
/// a customer reads, masked by the family's <see cref="TemplateMasker"/> with offsets kept exact.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemplateAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ToneDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => ToneCompilationState.RegisterAdditionalFileAction(start, Analyze));
    }

    /// <summary>The text kind a fix uses to escape its replacement.</summary>
    public static string TextKindOf(ToneFileKind kind) => kind switch
    {
        ToneFileKind.Markdown => "markdown",
        ToneFileKind.PlainText => "text",
        _ => "html",
    };

    private static void Analyze(AdditionalFileAnalysisContext context, ToneCompilationState state)
    {
        Microsoft.CodeAnalysis.Text.SourceText? text = null;
        try
        {
            var kind = state.KindOf(context.AdditionalFile);
            var masker = TemplateMasker.For(kind);
            if (masker is null)
            {
                return;
            }

            var settings = state.SettingsFor(context.AdditionalFile);
            var culture = FileKinds.CultureLanguage(context.AdditionalFile.Path);
            if (!settings.Enabled || culture is null)
            {
                return;
            }

            text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text is null)
            {
                AdditionalFileReporter.ReportFailure(context, null, 1, 1, "the file cannot be read");
                return;
            }

            var visible = masker.Mask(text.ToString());
            var languages = LanguageChoice.For(visible.Text, 0, visible.Text.Length, settings.Languages, culture.Value);
            if (languages == ToneLanguage.None)
            {
                return;
            }

            var engine = state.EngineFor(settings);
            state.ReportProblems(engine, settings, AdditionalFileReporter.LocationOf(context, text, 0, 0), context.ReportDiagnostic);
            AdditionalFileReporter.Report(context, text, visible, engine.Engine, languages, TextKindOf(kind));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AdditionalFileReporter.ReportFailure(context, text, 1, 1, e.GetType().Name + ": " + e.Message);
        }
    }
}
