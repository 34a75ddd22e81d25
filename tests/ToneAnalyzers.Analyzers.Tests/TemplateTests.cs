using System.Threading.Tasks;
using ToneAnalyzers.Analyzers.Templates;
using ToneAnalyzers.Tests.Verifiers;

namespace ToneAnalyzers.Tests;

/// <summary>Templates: only the text a customer reads is checked, with markup and expressions masked and positions exact.</summary>
public class TemplateTests
{
    private static Task Check(string path, string content)
    {
        var test = Verify.Analyzer<TemplateAnalyzer>(string.Empty);
        test.TestState.AdditionalFiles.Add((path, content));
        return test.RunAsync();
    }

    [Fact]
    public Task Html_text_reports_and_tags_are_masked() => Check("/0/page.html", """
        <html><head><title>Support</title><style>.you-should-be-grateful { color: red }</style></head>
        <body class="you should be grateful">
          <p>Dear customer, {|TONE001:you <b>should</b> be grateful|} that we replied.</p>
          <script>var s = "you should be grateful";</script>
          <!-- you should be grateful -->
        </body></html>
        """);

    [Fact]
    public Task Html_visible_attributes_are_checked() => Check("/0/page.htm", """
        <img src="x.png" alt="{|TONE001:You should be grateful|}" data-x="you should be grateful">
        <input placeholder="{|TONE001:you ought to be thankful|}">
        """);

    [Fact]
    public Task Html_entities_are_decoded() => Check("/0/page.html", """
        <p>{|TONE001:You&nbsp;should&#32;be grateful|} &amp; happy</p>
        """);

    [Fact]
    public Task Block_elements_are_separate_pieces() => Check("/0/page.html", """
        <li>you should be</li><li>grateful</li>
        """);

    [Fact]
    public Task Razor_masks_code_and_expressions() => Check("/0/Pages/Thanks.cshtml", """
        @page
        @model ThanksModel
        @{ var message = "you should be grateful"; }
        <h1>Hi @Model.Name, {|TONE001:you should be grateful|}</h1>
        <p title="@(Model.Title)">Write to help@@example.com or me@example.com</p>
        @* you should be grateful *@
        @if (Model.Show) { <p>Fine</p> }
        """);

    [Fact]
    public Task Razor_component_masks_code_block() => Check("/0/Components/Thanks.razor", """
        <p>{|TONE001:You should be grateful|}</p>
        @code {
            private string text = "you should be grateful";
            void M() { if (true) { } }
        }
        """);

    [Fact]
    public Task Razor_hole_is_an_opaque_word() => Check("/0/Pages/Thanks.cshtml", """
        <p>you should be @Model.Adverb grateful</p>
        """);

    [Fact]
    public Task Handlebars_masks_expressions() => Check("/0/Templates/welcome.hbs", """
        {{!-- you should be grateful --}}
        <p>Hi {{name}}, {|TONE001:you should be grateful|}.</p>
        {{#if premium}}you should be{{/if}} grateful
        """);

    [Fact]
    public Task Mustache_triple_braces_are_holes() => Check("/0/Templates/welcome.mustache", """
        <p>{{{greeting}}} {|TONE001:You should be grateful|}</p>
        """);

    [Fact]
    public Task Liquid_masks_tags_and_outputs() => Check("/0/Templates/order.liquid", """
        {% comment %}you should be grateful{% endcomment %}
        <p>Dear {{ customer.name }}, {|TONE001:you should be grateful|}.</p>
        {% if x %}you should be{% endif %} grateful
        """);

    [Fact]
    public Task Scriban_masks_code() => Check("/0/Templates/order.sbn", """
        {{ if user.vip }}Dear {{ user.name }}, {|TONE001:you should be grateful|}.{{ end }}
        {{ "you should be grateful" | string.upcase }}
        """);

    [Fact]
    public Task Markdown_masks_code_and_links() => Check("/0/docs/help.md", """
        ---
        title: you should be grateful
        ---
        # Help

        {|TONE001:You should be grateful|} for [this link](https://example.com/you-should-be-grateful).

        Run `you should be grateful` in the console.

        ```
        you should be grateful
        ```

        - you should be
        - grateful
        """);

    [Fact]
    public Task Plain_text_reports_and_masks_placeholders() => Check("/0/Templates/reply.txt", """
        Hello {{name}},

        {|TONE001:you should be grateful|} we answered. See https://example.com/you/should/be/grateful
        """);

    [Fact]
    public Task Tool_files_are_not_templates() => Check("/0/PublicAPI.Shipped.txt", "you should be grateful");

    [Theory]
    [InlineData("You should receive an email within a few minutes.")]
    [InlineData("We're grateful for your patience.")]
    [InlineData("You can do it yourself in Settings, or we can do it for you.")]
    public Task Near_misses_stay_silent(string text) => Check("/0/page.html", "<p>" + text + "</p>");
}
