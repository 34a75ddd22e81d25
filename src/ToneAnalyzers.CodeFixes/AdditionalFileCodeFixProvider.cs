using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using ToneAnalyzers.Analyzers;

namespace ToneAnalyzers.CodeFixes;

/// <summary>
/// Replaces a flagged phrase in an additional document (.resx, template) by a suggestion, escaped for the file: XML in .resx, HTML in
/// markup templates, as is in Markdown and plain text. IDE hosts do not always offer fixes on additional documents
/// (dotnet/roslyn#83130); <c>tonecheck --fix</c> is the dependable route there.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AdditionalFileCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }), Shared]
public sealed class AdditionalFileCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ToneDescriptors.Categories.Select(d => d.Id).ToImmutableArray();

    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        if (document is Document || document.Project.GetAdditionalDocument(document.Id) is null)
        {
            return Task.CompletedTask;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            diagnostic.Properties.TryGetValue(ToneDescriptors.TextKindProperty, out var textKind);
            var suggestions = DiagnosticFactory.Suggestions(diagnostic);
            for (var i = 0; i < suggestions.Count; i++)
            {
                var replacement = Escape(suggestions[i], textKind);
                var span = diagnostic.Location.SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Replace with \"{suggestions[i]}\"",
                        ct => ReplaceAsync(document, span, replacement, ct),
                        ToneCodeFixProvider.EquivalenceKeyPrefix + "Additional." + i.ToString(CultureInfo.InvariantCulture)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Escapes a suggestion for the kind of file it goes into (<c>resx</c>, <c>html</c>, <c>markdown</c>, <c>text</c>).</summary>
    public static string Escape(string text, string? textKind) => textKind switch
    {
        "resx" => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"),
        "html" => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;"),
        _ => text,
    };

    private static async Task<Solution> ReplaceAsync(TextDocument document, TextSpan span, string replacement, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(new TextChange(span, replacement)));
    }
}
