using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ToneAnalyzers.Analyzers.Configuration;

/// <summary>
/// Reports the errors of custom rule files (<c>*.tone.yaml</c>, <c>*.tonerules.yaml</c> AdditionalFiles) as TONE900 on the file, at the
/// line and column of each error. The valid rules of the file are still used.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(ToneDescriptors.InvalidRuleFile, ToneDescriptors.AnalysisFailure);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => ToneCompilationState.RegisterAdditionalFileAction(start, Analyze));
    }

    private static void Analyze(AdditionalFileAnalysisContext context, ToneCompilationState state)
    {
        try
        {
            if (state.KindOf(context.AdditionalFile) != ToneFileKind.RuleFile)
            {
                return;
            }

            var text = context.AdditionalFile.GetText(context.CancellationToken);
            foreach (var error in state.RuleSet.Result.Errors)
            {
                if (!string.Equals(error.Path, context.AdditionalFile.Path, StringComparison.Ordinal))
                {
                    continue;
                }

                var location = Location.Create(context.AdditionalFile.Path, default, default);
                if (text is not null && text.Lines.Count > 0)
                {
                    var line = text.Lines[Math.Max(0, Math.Min(error.Line - 1, text.Lines.Count - 1))];
                    var position = Math.Min(line.Start + Math.Max(0, error.Column - 1), line.End);
                    location = AdditionalFileReporter.LocationOf(context, text, position, line.End > position ? line.End : position);
                }

                context.ReportDiagnostic(Diagnostic.Create(ToneDescriptors.InvalidRuleFile, location, error.Message));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AdditionalFileReporter.ReportFailure(context, null, 1, 1, e.GetType().Name + ": " + e.Message);
        }
    }
}
