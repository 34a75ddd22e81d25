using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers.CSharp;

/// <summary>The flavours of C# string text, which decide how escapes are read and how a fix must escape its text.</summary>
public enum LiteralKind
{
    None,
    Regular,
    Verbatim,
    Raw,
    InterpolatedRegular,
    InterpolatedVerbatim,
    InterpolatedRaw,
}

/// <summary>
/// Builds the value of C# string literals from their source text with <see cref="MappedTextBuilder"/>, so every character of the
/// value maps back to its exact source span (through escapes such as <c>\n</c>, <c>\"</c>, <c>\u0041</c>, <c>""</c> and <c>{{</c>).
/// Offsets in the builder are offsets in <c>source</c>, a slice of the file starting at <c>origin</c>.
/// </summary>
public static class LiteralText
{
    /// <summary>The kind of a string literal token (regular, verbatim, raw; with or without the u8 suffix).</summary>
    public static LiteralKind KindOf(SyntaxToken token)
    {
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.Utf8StringLiteralToken:
                return token.Text.StartsWith("@", StringComparison.Ordinal) ? LiteralKind.Verbatim : LiteralKind.Regular;
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
            case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
            case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                return LiteralKind.Raw;
            case SyntaxKind.InterpolatedStringTextToken:
                return token.Parent?.Parent is InterpolatedStringExpressionSyntax interpolated ? KindOf(interpolated) : LiteralKind.None;
            default:
                return LiteralKind.None;
        }
    }

    public static LiteralKind KindOf(InterpolatedStringExpressionSyntax node) => node.StringStartToken.Kind() switch
    {
        SyntaxKind.InterpolatedStringStartToken => LiteralKind.InterpolatedRegular,
        SyntaxKind.InterpolatedVerbatimStringStartToken => LiteralKind.InterpolatedVerbatim,
        SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken => LiteralKind.InterpolatedRaw,
        _ => LiteralKind.None,
    };

    /// <summary>True for string literal expressions ("...", @"...", """...""", "..."u8).</summary>
    public static bool IsStringLiteral(SyntaxNode node) =>
        node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.Utf8StringLiteralExpression);

    /// <summary>Appends the value of a string literal token.</summary>
    public static void AppendLiteral(MappedTextBuilder builder, string source, int origin, SyntaxToken token)
    {
        var text = token.Text;
        var start = token.SpanStart - origin;
        var end = start + text.Length;
        if (text.EndsWith("u8", StringComparison.OrdinalIgnoreCase))
        {
            end -= 2;
        }

        switch (KindOf(token))
        {
            case LiteralKind.Regular:
                AppendEscaped(builder, source, start + 1, ClosingQuote(source, start + 1, end), braces: false);
                break;
            case LiteralKind.Verbatim:
                AppendVerbatim(builder, source, start + 2, ClosingQuote(source, start + 2, end), braces: false);
                break;
            case LiteralKind.Raw:
                var quotes = 0;
                while (start + quotes < end && source[start + quotes] == '"')
                {
                    quotes++;
                }

                var contentEnd = end;
                var closing = 0;
                while (contentEnd > start + quotes && closing < quotes && source[contentEnd - 1] == '"')
                {
                    contentEnd--;
                    closing++;
                }

                builder.Append(source, start + quotes, contentEnd - (start + quotes));
                break;
        }
    }

    /// <summary>Appends the text parts of an interpolated string; each hole becomes <see cref="MappedTextBuilder.Hole"/>.</summary>
    public static void AppendInterpolated(MappedTextBuilder builder, string source, int origin, InterpolatedStringExpressionSyntax node)
    {
        var kind = KindOf(node);
        foreach (var content in node.Contents)
        {
            var start = content.SpanStart - origin;
            if (content is InterpolatedStringTextSyntax text)
            {
                var end = start + text.TextToken.Text.Length;
                switch (kind)
                {
                    case LiteralKind.InterpolatedRegular:
                        AppendEscaped(builder, source, start, end, braces: true);
                        break;
                    case LiteralKind.InterpolatedVerbatim:
                        AppendVerbatim(builder, source, start, end, braces: true);
                        break;
                    default:
                        builder.Append(source, start, end - start);
                        break;
                }
            }
            else
            {
                builder.AppendReplacement(MappedTextBuilder.Hole, start, content.Span.Length);
            }
        }
    }

    private static int ClosingQuote(string source, int contentStart, int end) =>
        end - 1 >= contentStart && source[end - 1] == '"' ? end - 1 : end;

    private static void AppendVerbatim(MappedTextBuilder builder, string source, int start, int end, bool braces)
    {
        var run = start;
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (i + 1 < end && source[i + 1] == c && (c == '"' || (braces && (c == '{' || c == '}'))))
            {
                builder.Append(source, run, i - run);
                builder.AppendReplacement(c.ToString(), i, 2);
                i += 2;
                run = i;
            }
            else
            {
                i++;
            }
        }

        builder.Append(source, run, end - run);
    }

    private static void AppendEscaped(MappedTextBuilder builder, string source, int start, int end, bool braces)
    {
        var run = start;
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (c == '\\' && i + 1 < end)
            {
                var length = EscapeLength(source, i, end, out var value);
                builder.Append(source, run, i - run);
                builder.AppendReplacement(value, i, length);
                i += length;
                run = i;
            }
            else if (braces && (c == '{' || c == '}') && i + 1 < end && source[i + 1] == c)
            {
                builder.Append(source, run, i - run);
                builder.AppendReplacement(c.ToString(), i, 2);
                i += 2;
                run = i;
            }
            else
            {
                i++;
            }
        }

        builder.Append(source, run, end - run);
    }

    /// <summary>The length of the escape sequence at <paramref name="i"/> (a backslash) and the text it stands for.</summary>
    private static int EscapeLength(string source, int i, int end, out string value)
    {
        var c = source[i + 1];
        switch (c)
        {
            case '\'':
            case '"':
            case '\\':
                value = c.ToString();
                return 2;
            case '0': value = "\0"; return 2;
            case 'a': value = "\a"; return 2;
            case 'b': value = "\b"; return 2;
            case 'e': value = "\u001b"; return 2;
            case 'f': value = "\f"; return 2;
            case 'n': value = "\n"; return 2;
            case 'r': value = "\r"; return 2;
            case 't': value = "\t"; return 2;
            case 'v': value = "\v"; return 2;
            case 'u':
            case 'U':
            case 'x':
                var max = c == 'u' ? 4 : c == 'U' ? 8 : 4;
                var digits = 0;
                while (digits < max && i + 2 + digits < end && Uri.IsHexDigit(source[i + 2 + digits]))
                {
                    digits++;
                }

                if (digits == 0 || (c != 'x' && digits != max))
                {
                    break;
                }

                var code = int.Parse(source.Substring(i + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                value = code <= 0xFFFF ? ((char)code).ToString() : code <= 0x10FFFF ? char.ConvertFromUtf32(code) : "\uFFFD";
                return 2 + digits;
        }

        value = c.ToString();
        return 2;
    }
}
