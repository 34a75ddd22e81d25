using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ToneAnalyzers.Analyzers;
using ToneAnalyzers.Analyzers.CSharp;

namespace ToneAnalyzers.CodeFixes;

/// <summary>
/// Replaces a flagged phrase in a C# string by one of the rule's suggestions (one action each), escaped for the kind of literal.
/// The suggestions come from the diagnostic's properties, so nothing is matched again. Fix All uses the batch fixer, one
/// equivalence key per suggestion index.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ToneCodeFixProvider)), Shared]
public sealed class ToneCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKeyPrefix = "ToneAnalyzers.Replace.";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ToneDescriptors.Categories.Select(d => d.Id).ToImmutableArray();

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var suggestions = DiagnosticFactory.Suggestions(diagnostic);
            for (var i = 0; i < suggestions.Count; i++)
            {
                var replacement = EscapedReplacement(root, diagnostic.Location.SourceSpan, suggestions[i]);
                if (replacement is null)
                {
                    continue;
                }

                var span = diagnostic.Location.SourceSpan;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Replace with \"{suggestions[i]}\"",
                        ct => ReplaceAsync(document, span, replacement, ct),
                        EquivalenceKeyPrefix + i.ToString(CultureInfo.InvariantCulture)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, TextSpan span, string replacement, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(span, replacement)));
    }

    /// <summary>
    /// The suggestion escaped for the literal the span is in; <c>null</c> when the span is not safely inside string text (it crosses an
    /// interpolation hole or a non-literal operand) or the suggestion cannot be written in that literal.
    /// </summary>
    public static string? EscapedReplacement(SyntaxNode root, TextSpan span, string suggestion)
    {
        if (span.IsEmpty || span.End > root.FullSpan.End)
        {
            return null;
        }

        var first = root.FindToken(span.Start);
        var last = root.FindToken(span.End - 1);
        var kind = LiteralText.KindOf(first);
        if (kind == LiteralKind.None || LiteralText.KindOf(last) != kind || !first.Span.Contains(span.Start) || !last.Span.Contains(span.End - 1))
        {
            return null;
        }

        if (first != last)
        {
            // A phrase across a concatenation ("You should be " + "grateful"): only between plain literals of one kind joined by +,
            // so replacing from inside the first to inside the last leaves one well-formed literal.
            if (kind != LiteralKind.Regular && kind != LiteralKind.Verbatim)
            {
                return null;
            }

            for (var token = first.GetNextToken(); token != last; token = token.GetNextToken())
            {
                if (token.RawKind == 0 || token.SpanStart >= last.SpanStart ||
                    !(token.IsKind(SyntaxKind.PlusToken) || (LiteralText.KindOf(token) == kind && !token.Text.EndsWith("u8", System.StringComparison.OrdinalIgnoreCase)) ||
                      token.IsKind(SyntaxKind.OpenParenToken) || token.IsKind(SyntaxKind.CloseParenToken)))
                {
                    return null;
                }
            }

            if (first.Text.EndsWith("u8", System.StringComparison.OrdinalIgnoreCase) != last.Text.EndsWith("u8", System.StringComparison.OrdinalIgnoreCase) ||
                HasParenthesesBetween(first, last))
            {
                return null;
            }
        }

        var (quotes, dollars, multiLine) = RawShape(first, kind);
        return LiteralEscaper.Escape(suggestion, kind, quotes, dollars, multiLine);
    }

    private static bool HasParenthesesBetween(SyntaxToken first, SyntaxToken last)
    {
        for (var token = first.GetNextToken(); token != last; token = token.GetNextToken())
        {
            if (token.IsKind(SyntaxKind.OpenParenToken) || token.IsKind(SyntaxKind.CloseParenToken))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Quotes, int Dollars, bool MultiLine) RawShape(SyntaxToken token, LiteralKind kind)
    {
        switch (kind)
        {
            case LiteralKind.Raw:
                var text = token.Text;
                var quotes = 0;
                while (quotes < text.Length && text[quotes] == '"')
                {
                    quotes++;
                }

                return (quotes, 0, token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken));
            case LiteralKind.InterpolatedRaw when token.Parent?.Parent is InterpolatedStringExpressionSyntax interpolated:
                var start = interpolated.StringStartToken.Text;
                var dollars = start.TakeWhile(c => c == '$').Count();
                var q = start.Length - dollars;
                while (q > 0 && (start[dollars + q - 1] == '\n' || start[dollars + q - 1] == '\r'))
                {
                    q--;
                }

                return (q, dollars, interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken));
            default:
                return (0, 0, kind == LiteralKind.Verbatim || kind == LiteralKind.InterpolatedVerbatim);
        }
    }
}
