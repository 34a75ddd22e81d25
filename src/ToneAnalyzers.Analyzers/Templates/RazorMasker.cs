using System;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers.Templates;

/// <summary>
/// Razor (.cshtml, .razor): on top of HTML, masks <c>@* comments *@</c>, <c>@{ code }</c>, <c>@code { }</c>/<c>@functions { }</c>,
/// directives (<c>@page</c>, <c>@using</c>, <c>@inject</c>...), control keywords with their conditions, and turns <c>@(expr)</c> and
/// <c>@Model.Name</c> into holes. <c>@@</c> is a literal '@'; e-mail addresses are left alone.
/// </summary>
public sealed class RazorMasker : HtmlMasker
{
    private static readonly string[] s_directives =
    {
        "page", "using", "inject", "model", "inherits", "layout", "namespace", "attribute", "implements", "typeparam", "rendermode", "preservewhitespace", "addTagHelper", "removeTagHelper", "tagHelperPrefix",
    };

    private static readonly string[] s_blocks = { "code", "functions" };

    private static readonly string[] s_control = { "if", "else", "foreach", "for", "while", "do", "switch", "using", "lock", "try", "catch", "finally", "section" };

    protected override int Consume(string s, int i, int end, EditList edits)
    {
        if (s[i] != '@')
        {
            return base.Consume(s, i, end, edits);
        }

        if (i > 0 && char.IsLetterOrDigit(s[i - 1]))
        {
            return i; // user@example.com
        }

        if (i + 1 >= end)
        {
            return i;
        }

        var next = s[i + 1];
        if (next == '@')
        {
            edits.Add(i, 2, "@");
            return i + 2;
        }

        if (next == '*')
        {
            var close = After(s, i + 2, end, "*@");
            edits.Add(i, close - i, Break);
            return close;
        }

        if (next == ':')
        {
            edits.Add(i, 2, Space);
            return i + 2;
        }

        if (next == '{' || next == '(')
        {
            var close = MatchBracket(s, i + 1, end);
            var stop = close < 0 ? end : close + 1;
            edits.Add(i, stop - i, next == '{' ? Break : MappedTextBuilder.Hole);
            return stop;
        }

        if (!char.IsLetter(next) && next != '_')
        {
            return i;
        }

        var wordEnd = i + 1;
        while (wordEnd < end && (char.IsLetterOrDigit(s[wordEnd]) || s[wordEnd] == '_'))
        {
            wordEnd++;
        }

        var word = s.Substring(i + 1, wordEnd - i - 1);
        if (Array.IndexOf(s_directives, word) >= 0 && AtLineStart(s, i))
        {
            var lineEnd = s.IndexOf('\n', wordEnd, end - wordEnd);
            lineEnd = lineEnd < 0 ? end : lineEnd;
            edits.Add(i, lineEnd - i, Break);
            return lineEnd;
        }

        if (Array.IndexOf(s_blocks, word) >= 0 || Array.IndexOf(s_control, word) >= 0)
        {
            // @code { ... } is all code; @if (cond) { markup } keeps the markup and masks the keyword and condition.
            var j = wordEnd;
            while (j < end && char.IsWhiteSpace(s[j]))
            {
                j++;
            }

            var isBlock = Array.IndexOf(s_blocks, word) >= 0;
            if (j < end && (s[j] == '(' || (isBlock && s[j] == '{')))
            {
                var close = MatchBracket(s, j, end);
                var stop = close < 0 ? end : close + 1;
                edits.Add(i, stop - i, Break);
                return stop;
            }

            edits.Add(i, wordEnd - i, Break);
            return wordEnd;
        }

        // An implicit expression: @Model.User.Name, @Localizer["Key"], @item.Format(x).
        var k = wordEnd;
        while (k < end)
        {
            if ((s[k] == '(' || s[k] == '[') && MatchBracket(s, k, end) is var close && close > 0)
            {
                k = close + 1;
            }
            else if ((s[k] == '.' || (s[k] == '?' && k + 1 < end && s[k + 1] == '.')) && k + 1 < end)
            {
                var m = s[k] == '?' ? k + 2 : k + 1;
                if (m >= end || !(char.IsLetter(s[m]) || s[m] == '_'))
                {
                    break;
                }

                while (m < end && (char.IsLetterOrDigit(s[m]) || s[m] == '_'))
                {
                    m++;
                }

                k = m;
            }
            else
            {
                break;
            }
        }

        edits.Add(i, k - i, MappedTextBuilder.Hole);
        return k;
    }
}
