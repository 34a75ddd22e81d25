using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToneAnalyzers.Analyzers.CSharp;

namespace ToneAnalyzers.Tests;

/// <summary>
/// The analyzer finds strings from the quotes of the source (FindToken per quote) instead of visiting every node: it must find exactly
/// the texts a full tree walk finds.
/// </summary>
public class TextRootTests
{
    private const string Source = """"
        using System;
        using Alias = System.String;
        #line 5 "other.cs"
        #line default
        /// <summary>Doc with "quotes" and <see cref="C"/>.</summary>
        [Obsolete("attribute text")]
        class C
        {
            // a comment with "quotes"
            /* and "more" */
            char q = '"';
            char e = '\"';
            string a = "plain";
            string b = "with \"escapes\" inside";
            string v = @"verbatim ""quoted"" text";
            string r = """raw "quoted" text""";
            string m = """
                multi "line"
                raw
                """;
            System.ReadOnlySpan<byte> U() => "utf8"u8;
            string i(string n) => $"hi {n} and {Get("hole")} and {(n + "x")} end";
            string iv(string n) => $@"verbatim {n} ""x""";
            string ir(string n) => $"""raw {n} "q" """;
            string c(string n) => "a" + n + ("b" + (n + "c")) + $"d{n}";
            string c2(string n) => n + 1 + "x";
            string c3(string n) => Get("arg") + "tail";
            string c4 = ("paren") + "s";
            int l = "len".Length + 1;
            static string Get(string s) => s;
        #if NEVER
            string disabled = "not compiled";
        #endif
            string last = "end";
        }
        """";

    [Fact]
    public void Quote_scan_finds_the_same_texts_as_a_full_walk()
    {
        var tree = CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: new string[0]));
        var root = tree.GetRoot();
        var expected = root.DescendantNodes(n => !n.IsKind(SyntaxKind.UsingDirective)).Where(IsTextRoot).Select(n => n.ToString()).OrderBy(s => s).ToList();
        var actual = CSharpStringAnalyzer.FindTextRoots(root, tree.GetText(), CancellationToken.None).Select(n => n.ToString()).OrderBy(s => s).ToList();

        Assert.Equal(expected, actual);
        Assert.Contains("\"a\" + n + (\"b\" + (n + \"c\")) + $\"d{n}\"", actual);
        Assert.Contains("\"hole\"", actual);
        Assert.DoesNotContain("\"not compiled\"", actual);
    }

    [Fact]
    public void Quote_scan_handles_texts_longer_than_one_chunk()
    {
        var body = string.Join("\n", Enumerable.Range(0, 2000).Select(i => $"    string s{i} = \"text {i}\"; // \"comment\""));
        var tree = CSharpSyntaxTree.ParseText("class C\n{\n" + body + "\n    string big = \"" + new string('x', 9000) + "\";\n}\n");
        var roots = CSharpStringAnalyzer.FindTextRoots(tree.GetRoot(), tree.GetText(), CancellationToken.None);
        Assert.Equal(2001, roots.Count);
    }

    /// <summary>The definition the analyzer used before: a literal or interpolated string that is no concatenation operand, or the outermost + with a string operand.</summary>
    private static bool IsTextRoot(SyntaxNode node)
    {
        if (node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.Utf8StringLiteralExpression) || node.IsKind(SyntaxKind.InterpolatedStringExpression))
        {
            return !IsOperand(node);
        }

        return node.IsKind(SyntaxKind.AddExpression) && !IsOperand(node) && Operands((BinaryExpressionSyntax)node).Any(o =>
            o.IsKind(SyntaxKind.StringLiteralExpression) || o.IsKind(SyntaxKind.Utf8StringLiteralExpression) || o.IsKind(SyntaxKind.InterpolatedStringExpression));
    }

    private static bool IsOperand(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is not null && parent.IsKind(SyntaxKind.AddExpression);
    }

    private static IEnumerable<ExpressionSyntax> Operands(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax p)
        {
            expression = p.Expression;
        }

        if (expression is BinaryExpressionSyntax b && b.IsKind(SyntaxKind.AddExpression))
        {
            return Operands(b.Left).Concat(Operands(b.Right));
        }

        return new[] { expression };
    }
}
