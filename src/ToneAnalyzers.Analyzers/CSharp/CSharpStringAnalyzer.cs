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

            // Node actions ride on the walk the driver makes anyway for every node analyzer, so the strings cost only their own callbacks.
            var trees = new System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, TreeContext>();
            start.RegisterSyntaxNodeAction(
                node => AnalyzeNode(node, state, trees),
                SyntaxKind.StringLiteralExpression,
                SyntaxKind.Utf8StringLiteralExpression,
                SyntaxKind.InterpolatedStringExpression,
                SyntaxKind.AddExpression);
        });
    }

    /// <summary>What a tree needs: its settings and engine, looked up once per tree.</summary>
    private sealed class TreeContext
    {
        public TreeContext(ToneSettings? settings, EngineEntry? engine, string? failure)
        {
            Settings = settings;
            Engine = engine;
            Failure = failure;
        }

        public ToneSettings? Settings { get; }

        public EngineEntry? Engine { get; }

        public string? Failure { get; }

        public int FailureReported;
    }

    private static TreeContext ContextFor(SyntaxTree tree, ToneCompilationState state)
    {
        try
        {
            var settings = state.SettingsFor(tree);
            return new TreeContext(settings, settings.Enabled && settings.CSharpStrings != CSharpStringScope.None ? state.EngineFor(settings) : null, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new TreeContext(null, null, e.Message);
        }
    }

    private static void AnalyzeNode(SyntaxNodeAnalysisContext context, ToneCompilationState state, System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, TreeContext> trees)
    {
        var node = context.Node;
        if (!IsTextRoot(node))
        {
            return;
        }

        var tree = node.SyntaxTree;
        var treeContext = trees.GetValue(tree, t => ContextFor(t, state));
        if (treeContext.Failure is not null)
        {
            if (System.Threading.Interlocked.Exchange(ref treeContext.FailureReported, 1) == 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(ToneDescriptors.AnalysisFailure, Location.Create(tree, new TextSpan(0, 0)), tree.FilePath, treeContext.Failure));
            }

            return;
        }

        if (treeContext.Engine is null || treeContext.Settings is null)
        {
            return;
        }

        try
        {
            state.ReportProblems(treeContext.Engine, Location.Create(tree, new TextSpan(0, 0)), context.ReportDiagnostic);
            AnalyzeText(tree, context.ReportDiagnostic, node, treeContext.Settings, treeContext.Engine.Engine, context.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(ToneDescriptors.AnalysisFailure, node.GetLocation(), "this string", e.GetType().Name + ": " + e.Message));
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

    private static void AnalyzeText(SyntaxTree tree, Action<Diagnostic> report, SyntaxNode node, ToneSettings settings, ToneEngine engine, System.Threading.CancellationToken cancellationToken)
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
            source = tree.GetText(cancellationToken).ToString(span);
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
        if (findings.Count == 0 || CustomerTextFilter.HasIgnoreComment(tree, node.SpanStart))
        {
            return;
        }

        foreach (var finding in findings)
        {
            var (s, e) = mapped is null ? (finding.Start, finding.End) : mapped.ToSource(finding.Start, finding.Length);
            var location = Location.Create(tree, TextSpan.FromBounds(origin + s, origin + e));
            if (location.GetLineSpan().StartLinePosition.Line != tree.GetLineSpan(node.Span).StartLinePosition.Line &&
                CustomerTextFilter.HasIgnoreComment(tree, origin + s))
            {
                continue;
            }

            report(DiagnosticFactory.Create(finding, location, TextKind));
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
