using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ToneAnalyzers.Analyzers.Configuration;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers.CSharp;

/// <summary>
/// Checks C# strings: regular, verbatim, raw, UTF-8, interpolated (holes are opaque words) and concatenations
/// (<c>"You should be " + "grateful"</c> is one text; non-literal operands are holes). Reports on the exact phrase.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CSharpStringAnalyzer : DiagnosticAnalyzer
{
    public const string TextKind = "csharp";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ToneDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            ToneCompilationState state;
            try
            {
                state = ToneCompilationState.Create(start.Options, start.CancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var reported = 0;
                start.RegisterSyntaxTreeAction(tree =>
                {
                    if (System.Threading.Interlocked.Exchange(ref reported, 1) == 0)
                    {
                        tree.ReportDiagnostic(Diagnostic.Create(ToneDescriptors.AnalysisFailure, Location.Create(tree.Tree, new TextSpan(0, 0)), "the rule files", e.Message));
                    }
                });
                return;
            }

            start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, state));
        });
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, ToneCompilationState state)
    {
        SyntaxNode root;
        ToneSettings settings;
        EngineEntry engine;
        try
        {
            settings = state.SettingsFor(context.Tree);
            if (!settings.Enabled || settings.CSharpStrings == CSharpStringScope.None)
            {
                return;
            }

            root = context.Tree.GetRoot(context.CancellationToken);
            engine = state.EngineFor(settings);
            state.ReportProblems(engine, Location.Create(context.Tree, new TextSpan(0, 0)), context.ReportDiagnostic);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(ToneDescriptors.AnalysisFailure, Location.Create(context.Tree, new TextSpan(0, 0)), context.Tree.FilePath, e.Message));
            return;
        }

        foreach (var node in root.DescendantNodes(static n => !n.IsKind(SyntaxKind.UsingDirective)))
        {
            if (!IsTextRoot(node))
            {
                continue;
            }

            try
            {
                AnalyzeText(context, node, settings, engine.Engine);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(ToneDescriptors.AnalysisFailure, node.GetLocation(), "this string", e.GetType().Name + ": " + e.Message));
            }
        }
    }

    /// <summary>A string literal, an interpolated string, or the outermost + of a concatenation with a string operand.</summary>
    private static bool IsTextRoot(SyntaxNode node)
    {
        if (LiteralText.IsStringLiteral(node) || node.IsKind(SyntaxKind.InterpolatedStringExpression))
        {
            return !IsConcatenationOperand(node);
        }

        return node.IsKind(SyntaxKind.AddExpression) && !IsConcatenationOperand(node) && HasStringOperand((BinaryExpressionSyntax)node);
    }

    private static bool IsConcatenationOperand(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is not null && parent.IsKind(SyntaxKind.AddExpression);
    }

    private static bool HasStringOperand(BinaryExpressionSyntax add)
    {
        foreach (var operand in Operands(add))
        {
            if (LiteralText.IsStringLiteral(operand) || operand.IsKind(SyntaxKind.InterpolatedStringExpression))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The operands of a chain of + (through parentheses), left to right.</summary>
    private static System.Collections.Generic.IEnumerable<ExpressionSyntax> Operands(ExpressionSyntax expression)
    {
        var stack = new System.Collections.Generic.Stack<ExpressionSyntax>();
        stack.Push(expression);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            while (current is ParenthesizedExpressionSyntax parenthesized)
            {
                current = parenthesized.Expression;
            }

            if (current is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                stack.Push(binary.Right);
                stack.Push(binary.Left);
            }
            else
            {
                yield return current;
            }
        }
    }

    private static void AnalyzeText(SyntaxTreeAnalysisContext context, SyntaxNode node, ToneSettings settings, ToneEngine engine)
    {
        if (!CustomerTextFilter.IsCustomerText(node, settings.CSharpStrings))
        {
            return;
        }

        var span = node.Span;
        string source;
        MappedText? mapped = null;
        int origin = span.Start, start, length;
        if (LiteralText.IsStringLiteral(node) && IsPlainRegular(((LiteralExpressionSyntax)node).Token.Text))
        {
            // Fast path: no escapes, the value is the token text between its quotes.
            source = ((LiteralExpressionSyntax)node).Token.Text;
            start = 1;
            length = source.Length - 2;
        }
        else
        {
            source = context.Tree.GetText(context.CancellationToken).ToString(span);
            var builder = new MappedTextBuilder();
            if (node is LiteralExpressionSyntax literal)
            {
                LiteralText.AppendLiteral(builder, source, origin, literal.Token);
            }
            else if (node is InterpolatedStringExpressionSyntax interpolated)
            {
                LiteralText.AppendInterpolated(builder, source, origin, interpolated);
            }
            else
            {
                foreach (var operand in Operands((ExpressionSyntax)node))
                {
                    if (operand is LiteralExpressionSyntax l && LiteralText.IsStringLiteral(l))
                    {
                        LiteralText.AppendLiteral(builder, source, origin, l.Token);
                    }
                    else if (operand is InterpolatedStringExpressionSyntax i)
                    {
                        LiteralText.AppendInterpolated(builder, source, origin, i);
                    }
                    else
                    {
                        builder.AppendReplacement(MappedTextBuilder.Hole, operand.SpanStart - origin, operand.Span.Length);
                    }
                }
            }

            mapped = builder.Build();
            start = 0;
            length = mapped.Text.Length;
        }

        var text = mapped?.Text ?? source;
        if (!HasLetterRun(text, start, length))
        {
            return;
        }

        var languages = LanguageChoice.For(text, start, length, settings.Languages, ToneLanguage.None);
        if (languages == ToneLanguage.None)
        {
            return;
        }

        var findings = engine.Analyze(text, start, length, languages);
        if (findings.Count == 0 || CustomerTextFilter.HasIgnoreComment(context.Tree, node.SpanStart))
        {
            return;
        }

        foreach (var finding in findings)
        {
            var (s, e) = mapped is null ? (finding.Start, finding.End) : mapped.ToSource(finding.Start, finding.Length);
            var location = Location.Create(context.Tree, TextSpan.FromBounds(origin + s, origin + e));
            if (location.GetLineSpan().StartLinePosition.Line != context.Tree.GetLineSpan(node.Span).StartLinePosition.Line &&
                CustomerTextFilter.HasIgnoreComment(context.Tree, origin + s))
            {
                continue;
            }

            context.ReportDiagnostic(DiagnosticFactory.Create(finding, location, TextKind));
        }
    }

    private static bool IsPlainRegular(string token) =>
        token.Length >= 2 && token[0] == '"' && token[token.Length - 1] == '"' && token.IndexOf('\\') < 0 && !token.StartsWith("\"\"\"", StringComparison.Ordinal);

    /// <summary>A cheap pre-check: a flaggable phrase has at least two letters in a row.</summary>
    private static bool HasLetterRun(string text, int start, int length)
    {
        var run = 0;
        for (var i = start; i < start + length; i++)
        {
            run = char.IsLetter(text[i]) ? run + 1 : 0;
            if (run >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
