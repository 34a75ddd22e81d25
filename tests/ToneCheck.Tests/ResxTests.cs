using System.Linq;
using System.Text;

namespace ToneCheck.Tests;

public class ResxTests
{
    internal static string Resx(params (string Name, string Value, string? Comment)[] entries)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <resheader name=\"resmimetype\">\n    <value>text/microsoft-resx</value>\n  </resheader>\n");
        foreach (var (name, value, comment) in entries)
        {
            sb.Append("  <data name=\"").Append(name).Append("\" xml:space=\"preserve\">\n    <value>").Append(value).Append("</value>\n");
            if (comment is not null)
            {
                sb.Append("    <comment>").Append(comment).Append("</comment>\n");
            }

            sb.Append("  </data>\n");
        }

        return sb.Append("</root>\n").ToString();
    }

    [Fact]
    public void Values_are_checked_with_exact_positions()
    {
        var f = Assert.Single(Cli.FindingsIn("Strings.resx", Resx(("A", "Hi {0}, you should be grateful.", null))));
        Assert.Equal(7, f.GetProperty("line").GetInt32());
        Assert.Equal(20, f.GetProperty("column").GetInt32());
        Assert.Equal("you should be grateful", f.GetProperty("text").GetString());
    }

    [Fact]
    public void Entities_are_decoded_and_mapped()
    {
        var f = Assert.Single(Cli.FindingsIn("Strings.resx", Resx(("A", "Tom &amp; Jerry: you should be&#x20;grateful.", null))));
        Assert.Equal(29, f.GetProperty("column").GetInt32());
        Assert.Equal(56, f.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Placeholders_are_opaque_words()
    {
        Assert.Empty(Cli.FindingsIn("Strings.resx", Resx(("A", "you should {0} be grateful", null)), Cli.RulesOnly));
    }

    [Fact]
    public void Comments_names_and_non_string_resources_are_not_checked()
    {
        var resx = Resx(("you should be grateful", "Fine text.", "you should be grateful"))
            .Replace("</root>", "  <data name=\"Icon\" type=\"System.Resources.ResXFileRef\">\n    <value>you should be grateful.png</value>\n  </data>\n</root>", System.StringComparison.Ordinal);
        Assert.Empty(Cli.FindingsIn("Strings.resx", resx));
    }

    [Fact]
    public void Values_are_separate_pieces()
    {
        Assert.Empty(Cli.FindingsIn("Strings.resx", Resx(("A", "you should be", null), ("B", "grateful", null)), Cli.RulesOnly));
    }

    [Fact]
    public void Culture_in_the_file_name_sets_the_language()
    {
        Assert.Empty(Cli.FindingsIn("Strings.ru.resx", Resx(("A", "You should be grateful.", null))));
        Assert.Single(Cli.FindingsIn("Strings.en-GB.resw", Resx(("A", "You should be grateful.", null))));
    }

    [Fact]
    public void Invalid_xml_is_a_file_error()
    {
        using var dir = new TempDir();
        dir.Write("Bad.resx", "<root><data name=\"a\"><value>x</data></root>");
        dir.Write("ok.md", "You should be grateful.\n");
        var run = Cli.Run(dir.Path, ".", "-f", "json");
        var root = run.Json().RootElement;
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal("Bad.resx", error.GetProperty("path").GetString());
        Assert.Contains("XML", error.GetProperty("message").GetString(), System.StringComparison.Ordinal);
        Assert.Single(root.GetProperty("findings").EnumerateArray());
    }
}

public class PlainTextAndMarkupTests
{
    [Fact]
    public void Plain_text_every_line_is_prose()
    {
        var findings = Cli.FindingsIn("replies.txt", "Hello.\nyou should be grateful\n```\nyou should be grateful\n");
        Assert.Equal(new[] { 2, 4 }, findings.Select(f => f.GetProperty("line").GetInt32()).ToArray());
    }

    [Fact]
    public void Html_tags_are_masked_and_entities_decoded()
    {
        var f = Assert.Single(Cli.FindingsIn("page.html", "<html><body><p class=\"x\">You <em>should</em> be&nbsp;grateful.</p></body></html>\n"));
        Assert.Equal(26, f.GetProperty("column").GetInt32());
        Assert.Equal(62, f.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Html_script_style_code_and_block_boundaries()
    {
        var html = "<script>var s = 'you should be grateful';</script><style>/* you should be grateful */</style>" +
                   "<pre>you should be grateful</pre><p>you should be</p><p>grateful</p><code>you should be grateful</code>\n";
        Assert.Empty(Cli.FindingsIn("page.htm", html, Cli.RulesOnly));
    }

    [Fact]
    public void Html_alt_and_title_attributes_are_checked()
    {
        var f = Assert.Single(Cli.FindingsIn("page.html", "<img src=\"you-should-be-grateful.png\" alt=\"You should be grateful\">\n"));
        Assert.Equal(44, f.GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData("t.hbs", "<p>Hi {{name}}, you should be grateful.</p>", 17)]
    [InlineData("t.mustache", "{{#items}}<p>you should be grateful</p>{{/items}}", 14)]
    [InlineData("t.liquid", "{% if x %}<p>you should be grateful {{ y | upcase }}</p>{% endif %}", 14)]
    [InlineData("t.sbn", "{{ if x }}you should be grateful{{ end }}", 11)]
    [InlineData("t.scriban", "{{ name }}: you should be grateful", 13)]
    [InlineData("t.cshtml", "@model X\n<p>@Model.Name, you should be grateful.</p>", 17)]
    [InlineData("t.razor", "@if (x) {\n<p>you should be grateful</p>\n}", 4)]
    public void Templates_mask_expressions(string file, string text, int column)
    {
        var f = Assert.Single(Cli.FindingsIn(file, text));
        Assert.Equal(column, f.GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData("t.hbs", "<p>you should {{adverb}} be grateful</p>")]
    [InlineData("t.cshtml", "<p>you should @Model.Word be grateful</p>")]
    [InlineData("t.cshtml", "<p>you should @(Model.Word) be grateful</p>")]
    [InlineData("t.cshtml", "@{ var s = \"you should be grateful\"; }")]
    [InlineData("t.cshtml", "@* you should be grateful *@")]
    [InlineData("t.liquid", "{% comment %}you should be grateful{% endcomment %}")]
    public void Template_code_is_never_prose(string file, string text)
    {
        Assert.Empty(Cli.FindingsIn(file, text, Cli.RulesOnly));
    }

    [Fact]
    public void Razor_email_addresses_and_escaped_at_stay_text()
    {
        Assert.Single(Cli.FindingsIn("t.cshtml", "<p>Mail help@example.com: you should be grateful @@ once.</p>"));
    }

    [Fact]
    public void Standard_input_is_read_as_markdown_by_default()
    {
        using var dir = new TempDir();
        var run = Cli.RunWith(dir.Path, "Fine.\n\n```\nyou should be grateful\n```\n\nYou should be grateful.\n", null, "-", "-f", "json");
        Assert.Equal(1, run.ExitCode);
        var f = Assert.Single(run.Findings());
        Assert.Equal("<stdin>", f.GetProperty("path").GetString());
        Assert.Equal(7, f.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Standard_input_kind_and_path()
    {
        using var dir = new TempDir();
        var run = Cli.RunWith(dir.Path, ResxTests.Resx(("A", "You should be grateful.", null)), null, "-", "--stdin-path", "res/Strings.resx", "-f", "json");
        var f = Assert.Single(run.Findings());
        Assert.Equal("res/Strings.resx", f.GetProperty("path").GetString());
        Assert.Equal(7, f.GetProperty("line").GetInt32());
    }
}
