using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers.Templates;

/// <summary>
/// Handlebars and Mustache (.hbs, .mustache): on top of HTML, <c>{{value}}</c> and <c>{{{raw}}}</c> are holes; sections
/// (<c>{{#if}}</c>, <c>{{/if}}</c>, <c>{{^x}}</c>, <c>{{else}}</c>, partials <c>{{&gt; p}}</c>) and comments break the text.
/// </summary>
public sealed class MustacheMasker : HtmlMasker
{
    protected override int Consume(string s, int i, int end, EditList edits)
    {
        var next = ConsumeBraces(s, i, end, edits);
        return next > i ? next : base.Consume(s, i, end, edits);
    }

    /// <summary>Masks a <c>{{ }}</c> expression at <paramref name="i"/>; shared with plain-text templates.</summary>
    public static int ConsumeBraces(string s, int i, int end, EditList edits)
    {
        if (!StartsWith(s, i, end, "{{"))
        {
            return i;
        }

        if (StartsWith(s, i, end, "{{!--"))
        {
            var commentEnd = After(s, i + 5, end, "--}}");
            edits.Add(i, commentEnd - i, Break);
            return commentEnd;
        }

        var triple = StartsWith(s, i, end, "{{{");
        var close = After(s, i + 2, end, triple ? "}}}" : "}}");
        var j = i + (triple ? 3 : 2);
        while (j < close && (s[j] == ' ' || s[j] == '~'))
        {
            j++;
        }

        var control = !triple && j < close && (s[j] == '#' || s[j] == '/' || s[j] == '^' || s[j] == '>' || s[j] == '!' || StartsWith(s, j, close, "else"));
        edits.Add(i, close - i, control ? Break : MappedTextBuilder.Hole);
        return close;
    }
}
