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
        // Generated code is skipped as with GeneratedCodeAnalysisFlags.None, but by this analyzer itself: with None, the driver checks
        // every reported diagnostic for a [GeneratedCode] declaration around it, which walks every token of the tree (the costliest part
        // of a build with findings in many files). Generated files (IsGeneratedCode) are skipped before any work; [GeneratedCode]
        // declarations are looked for on the string's ancestors, and only in files that mention GeneratedCode at all.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
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
                    if (!tree.IsGeneratedCode && System.Threading.Interlocked.Exchange(ref reported, 1) == 0)
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
        SourceText text;
        ToneSettings settings;
        EngineEntry engine;
        if (context.IsGeneratedCode)
        {
            return;
        }

        try
        {
            settings = state.SettingsFor(context.Tree);
            if (!settings.Enabled || settings.CSharpStrings == CSharpStringScope.None)
            {
                return;
            }

            root = context.Tree.GetRoot(context.CancellationToken);
            text = context.Tree.GetText(context.CancellationToken);
            engine = state.EngineFor(settings);
            state.ReportProblems(engine, settings, Location.Create(context.Tree, new TextSpan(0, 0)), context.ReportDiagnostic);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(ToneDescriptors.AnalysisFailure, Location.Create(context.Tree, new TextSpan(0, 0)), context.Tree.FilePath, e.Message));
            return;
        }

        var generated = new GeneratedCodeCheck(text);
        foreach (var node in FindTextRoots(root, text, context.CancellationToken))
        {
            try
            {
                AnalyzeText(context, node, settings, engine.Engine, ref generated);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (!generated.IsInGeneratedCode(node))
                {
                    context.ReportDiagnostic(Diagnostic.Create(ToneDescriptors.AnalysisFailure, node.GetLocation(), "this string", e.GetType().Name + ": " + e.Message));
                }
            }
        }
    }

    /// <summary>
    /// Whether a string is inside a declaration marked [GeneratedCode] (what the driver checks for GeneratedCodeAnalysisFlags.None,
    /// which it does only in files with a GeneratedCode identifier): decided syntactically, and the file is searched for the word once,
    /// only when there is something to report.
    /// </summary>
    private struct GeneratedCodeCheck
    {
        private readonly SourceText _text;
        private int _mentions; // 0 unknown, 1 no, 2 yes

        public GeneratedCodeCheck(SourceText text)
        {
            _text = text;
            _mentions = 0;
        }

        public bool IsInGeneratedCode(SyntaxNode node)
        {
            if (_mentions == 0)
            {
                _mentions = _text.ToString().IndexOf("GeneratedCode", StringComparison.Ordinal) >= 0 ? 2 : 1;
            }

            if (_mentions == 1)
            {
                return false;
            }

            for (var current = node.Parent; current is not null; current = current.Parent)
            {
                var lists = current switch
                {
                    MemberDeclarationSyntax member => member.AttributeLists,
                    AccessorDeclarationSyntax accessor => accessor.AttributeLists,
                    _ => default,
                };
                if (CustomerTextFilter.HasAttribute(lists, "GeneratedCode"))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The texts of a tree in the order of their first quote: every string literal and interpolated string that is not an operand of a
    /// concatenation, and the outermost + of every concatenation with a string operand (each once). Found from the '"' characters of the
    /// source rather than by visiting every node: most of a real file is not strings, and FindToken only descends along one path.
    /// </summary>
    internal static System.Collections.Generic.List<SyntaxNode> FindTextRoots(SyntaxNode root, SourceText text, System.Threading.CancellationToken cancellationToken)
    {
        var roots = new System.Collections.Generic.List<SyntaxNode>();

        // Texts whose span is still open at the current quote, outermost first. A text is met again from its other quotes (the end of an
        // interpolated string, the next operand of a concatenation), possibly after texts nested in it (a string in a hole or in an
        // argument of an operand): nested texts lie inside the outer one's span, so the open ones are a stack.
        var open = new System.Collections.Generic.List<SyntaxNode>();
        var quotes = new QuoteFinder(text);
        var position = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var quote = quotes.Next(position);
            if (quote < 0)
            {
                return roots;
            }

            var token = root.FindToken(quote);
            if (!token.Span.Contains(quote))
            {
                position = quote + 1; // a quote in a comment, a directive or disabled text
                continue;
            }

            position = Math.Max(quote + 1, token.Span.End);
            var node = TextRootOf(token);
            if (node is null)
            {
                continue;
            }

            while (open.Count > 0 && open[open.Count - 1].Span.End <= quote)
            {
                open.RemoveAt(open.Count - 1);
            }

            if (!open.Contains(node))
            {
                roots.Add(node);
                open.Add(node);
            }
        }
    }

    /// <summary>
    /// The text a string token belongs to: its literal or interpolated string, or the outermost + of the concatenation it is an operand
    /// of. Null for tokens of other kinds (a '"' char literal).
    /// </summary>
    private static SyntaxNode? TextRootOf(SyntaxToken token)
    {
        SyntaxNode? node = token.Parent;
        if (node is InterpolatedStringTextSyntax)
        {
            node = node.Parent;
        }

        if (node is null || !(LiteralText.IsStringLiteral(node) || node.IsKind(SyntaxKind.InterpolatedStringExpression)))
        {
            return null;
        }

        while (IsConcatenationOperand(node))
        {
            node = node.Parent!;
            while (node is ParenthesizedExpressionSyntax)
            {
                node = node.Parent!;
            }
        }

        return node;
    }

    /// <summary>Finds '"' characters of a source text chunk by chunk, without copying the whole text into a string.</summary>
    private struct QuoteFinder
    {
        private const int ChunkSize = 4096;

        [ThreadStatic]
        private static char[]? t_buffer;

        private readonly SourceText _text;
        private readonly char[] _buffer;
        private int _chunkStart;
        private int _chunkLength;

        public QuoteFinder(SourceText text)
        {
            _text = text;
            _buffer = t_buffer ??= new char[ChunkSize];
            _chunkStart = 0;
            _chunkLength = 0;
        }

        /// <summary>The position of the first '"' at or after <paramref name="position"/>, or -1.</summary>
        public int Next(int position)
        {
            while (position < _text.Length)
            {
                if (position < _chunkStart || position >= _chunkStart + _chunkLength)
                {
                    _chunkStart = position;
                    _chunkLength = Math.Min(ChunkSize, _text.Length - position);
                    _text.CopyTo(position, _buffer, 0, _chunkLength);
                }

                var index = Array.IndexOf(_buffer, '"', position - _chunkStart, _chunkLength - (position - _chunkStart));
                if (index >= 0)
                {
                    return _chunkStart + index;
                }

                position = _chunkStart + _chunkLength;
            }

            return -1;
        }
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

    [ThreadStatic]
    private static MappedTextBuilder? t_builder;

    [ThreadStatic]
    private static System.Collections.Generic.Stack<ExpressionSyntax>? t_operands;

    private static void AnalyzeText(SyntaxTreeAnalysisContext context, SyntaxNode node, ToneSettings settings, ToneEngine engine, ref GeneratedCodeCheck generated)
    {
        if (!CustomerTextFilter.IsCustomerText(node, settings.CSharpStrings))
        {
            return;
        }

        var span = node.Span;
        string source;
        MappedText? mapped = null;
        int origin = span.Start, start, length;
        if (LiteralText.IsStringLiteral(node) && PlainValue(((LiteralExpressionSyntax)node).Token.Text) is var prefix && prefix > 0)
        {
            // Fast path: no escapes, the value is the token text between its quotes ("..." or @"...").
            source = ((LiteralExpressionSyntax)node).Token.Text;
            start = prefix;
            length = source.Length - prefix - 1;
        }
        else
        {
            source = context.Tree.GetText(context.CancellationToken).ToString(span);
            var builder = t_builder ??= new MappedTextBuilder();
            builder.Clear();
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
                // The operands of the chain of + (through parentheses), left to right.
                var stack = t_operands ??= new System.Collections.Generic.Stack<ExpressionSyntax>();
                stack.Clear();
                stack.Push((ExpressionSyntax)node);
                while (stack.Count > 0)
                {
                    var operand = stack.Pop();
                    while (operand is ParenthesizedExpressionSyntax parenthesized)
                    {
                        operand = parenthesized.Expression;
                    }

                    if (operand is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
                    {
                        stack.Push(binary.Right);
                        stack.Push(binary.Left);
                    }
                    else if (operand is LiteralExpressionSyntax l && LiteralText.IsStringLiteral(l))
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

        var findings = engine.Analyze(text, start, length, languages, settings.ModelJudgesCSharpStrings);
        if (findings.Count == 0 || CustomerTextFilter.HasIgnoreComment(context.Tree, node.SpanStart) || generated.IsInGeneratedCode(node))
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

    /// <summary>
    /// The length of the opening delimiter when a literal's value is its token text between the delimiters (a regular string without
    /// escapes, a verbatim string without doubled quotes), otherwise 0.
    /// </summary>
    private static int PlainValue(string token)
    {
        if (token.Length < 2 || token[token.Length - 1] != '"')
        {
            return 0;
        }

        if (token[0] == '"')
        {
            return token.IndexOf('\\') < 0 && !token.StartsWith("\"\"\"", StringComparison.Ordinal) ? 1 : 0;
        }

        return token.Length >= 3 && token[0] == '@' && token[1] == '"' && token.IndexOf('"', 2) == token.Length - 1 ? 2 : 0;
    }

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
