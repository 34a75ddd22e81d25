using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers;

/// <summary>Runs the engine over mapped pieces of an additional file and reports at exact file positions.</summary>
public static class AdditionalFileReporter
{
    public static Location LocationOf(AdditionalFileAnalysisContext context, SourceText text, int start, int end)
    {
        var span = TextSpan.FromBounds(Math.Max(0, Math.Min(start, text.Length)), Math.Max(0, Math.Min(end, text.Length)));
        return Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>Analyzes one mapped piece (a resource value, a template's visible text) and reports its findings.</summary>
    public static void Report(AdditionalFileAnalysisContext context, SourceText text, MappedText piece, ToneEngine engine, ToneLanguage languages, string textKind)
    {
        if (piece.Text.Length == 0)
        {
            return;
        }

        // Independent pieces (table cells, list items, block elements) are separated by a blank line; the engine's word sequences
        // may run across line breaks, so each piece is analysed on its own.
        var value = piece.Text;
        var pieceStart = 0;
        while (pieceStart < value.Length)
        {
            var pieceEnd = value.IndexOf("\n\n", pieceStart, StringComparison.Ordinal);
            if (pieceEnd < 0)
            {
                pieceEnd = value.Length;
            }

            if (pieceEnd > pieceStart)
            {
                foreach (var finding in engine.Analyze(value, pieceStart, pieceEnd - pieceStart, languages))
                {
                    var (start, end) = piece.ToSource(finding.Start, finding.Length);
                    context.ReportDiagnostic(DiagnosticFactory.Create(finding, LocationOf(context, text, start, end), textKind));
                }
            }

            pieceStart = pieceEnd + 2;
        }
    }

    public static void ReportFailure(AdditionalFileAnalysisContext context, SourceText? text, int line, int column, string reason)
    {
        var location = Location.None;
        if (text is not null && text.Lines.Count > 0)
        {
            var lineIndex = Math.Max(0, Math.Min(line - 1, text.Lines.Count - 1));
            var textLine = text.Lines[lineIndex];
            var position = Math.Min(textLine.Start + Math.Max(0, column - 1), textLine.End);
            var end = Math.Min(position + 1, textLine.End);
            location = LocationOf(context, text, position, Math.Max(position, end));
        }
        else
        {
            location = Location.Create(context.AdditionalFile.Path, default, default);
        }

        context.ReportDiagnostic(Diagnostic.Create(ToneDescriptors.AnalysisFailure, location, FileKinds.FileName(context.AdditionalFile.Path), reason));
    }
}
