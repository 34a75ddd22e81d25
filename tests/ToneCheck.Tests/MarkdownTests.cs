using System.Linq;
using System.Text.Json;

namespace ToneCheck.Tests;

public class MarkdownTests
{
    private static JsonElement Single(string markdown, string fileName = "a.md")
    {
        var findings = Cli.FindingsIn(fileName, markdown).Where(f => f.GetProperty("ruleId").GetString() == "en/owed-gratitude").ToList();
        Assert.Single(findings);
        return findings[0];
    }

    private static void AssertPosition(JsonElement f, int line, int column, int endLine, int endColumn)
    {
        Assert.Equal(line, f.GetProperty("line").GetInt32());
        Assert.Equal(column, f.GetProperty("column").GetInt32());
        Assert.Equal(endLine, f.GetProperty("endLine").GetInt32());
        Assert.Equal(endColumn, f.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Paragraph_is_checked_with_exact_position()
    {
        var f = Single("# Title\n\nHello. You should be grateful that we answered.\n");
        AssertPosition(f, 3, 8, 3, 30);
        Assert.Equal("You should be grateful", f.GetProperty("text").GetString());
        Assert.Equal("en", f.GetProperty("language").GetString());
    }

    [Fact]
    public void Emphasis_across_the_phrase_is_one_phrase_mapped_to_the_source()
    {
        var f = Single("You **should** be grateful.\n");
        Assert.Equal("You should be grateful", f.GetProperty("text").GetString());
        AssertPosition(f, 1, 1, 1, 27); // the span includes the ** markers
    }

    [Fact]
    public void Emphasis_and_inline_html_inside_the_phrase()
    {
        var f = Single("You _should_ be <b>grateful</b>.\n");
        AssertPosition(f, 1, 1, 1, 28);
    }

    [Fact]
    public void Heading_is_checked()
    {
        var f = Single("Intro.\n\n## You should be grateful\n");
        AssertPosition(f, 3, 4, 3, 26);
    }

    [Fact]
    public void Table_cell_is_checked_with_the_cell_position()
    {
        var f = Single("| a | b |\n|---|---|\n| fine | You should be grateful |\n");
        AssertPosition(f, 3, 10, 3, 32);
    }

    [Fact]
    public void Table_cells_are_separate_pieces()
    {
        // "be" ends one cell and "grateful" starts the next: not one phrase.
        var findings = Cli.FindingsIn("a.md", "| a | b |\n|---|---|\n| You should be | grateful |\n");
        Assert.DoesNotContain(findings, f => f.GetProperty("ruleId").GetString() == "en/owed-gratitude");
    }

    [Theory]
    [InlineData("You should be\n\ngrateful for it.\n")] // two paragraphs
    [InlineData("- You should be\n- grateful for it\n")] // two list items
    [InlineData("# You should be\ngrateful for it.\n")] // heading, then a paragraph
    [InlineData("> You should be\n\n> grateful for it.\n")] // two block quotes
    [InlineData("---\ntitle: You should be\n---\ngrateful for it.\n")] // front-matter title, then the body
    [InlineData("You should be\n```\ncode\n```\ngrateful for it.\n")] // paragraphs around a code block
    [InlineData("You should be\n<div>x</div>\n\ngrateful for it.\n")] // paragraphs around an HTML block
    public void No_phrase_runs_from_one_piece_into_the_next(string markdown)
    {
        // Pieces are separated by a blank line in the engine's text; a plain word sequence must not cross it.
        var findings = Cli.FindingsIn("a.md", markdown);
        Assert.DoesNotContain(findings, f => f.GetProperty("ruleId").GetString() == "en/owed-gratitude");
    }

    [Fact]
    public void The_same_phrase_inside_one_piece_is_found_after_other_pieces()
    {
        // Control for the test above: the separator does not hide a phrase that sits within one piece.
        var f = Single("---\ntitle: Help\n---\n| a | b |\n|---|---|\n| x | y |\n\n- one\n- You should be grateful\n");
        AssertPosition(f, 9, 3, 9, 25);
    }

    [Fact]
    public void Nested_list_items_are_checked()
    {
        var f = Single("- one\n  - two\n    - You should be grateful\n");
        AssertPosition(f, 3, 7, 3, 29);
    }

    [Fact]
    public void Block_quote_is_checked()
    {
        var f = Single("> Quote: you should be grateful.\n");
        AssertPosition(f, 1, 10, 1, 32);
    }

    [Fact]
    public void Soft_line_break_inside_the_phrase_is_a_space()
    {
        var f = Single("Honestly you should\nbe grateful for it.\n");
        AssertPosition(f, 1, 10, 2, 12);
    }

    [Fact]
    public void Link_text_is_checked_and_the_url_is_not()
    {
        var f = Single("See [you should be grateful](https://example.com/you-should-be-grateful).\n");
        AssertPosition(f, 1, 6, 1, 28);
    }

    [Fact]
    public void Image_alt_text_is_checked()
    {
        var f = Single("![You should be grateful](img.png)\n");
        AssertPosition(f, 1, 3, 1, 25);
    }

    [Fact]
    public void Bare_urls_are_skipped()
    {
        Assert.Empty(Cli.FindingsIn("a.md", "Visit https://example.com/you/should/be/grateful today.\n"));
        Assert.Empty(Cli.FindingsIn("a.md", "Visit www.you-should-be-grateful.example or <https://x.example/you-should-be-grateful>.\n"));
        Assert.Empty(Cli.FindingsIn("a.md", "Wow, visit WWW.You-Should-Be-Grateful.example now.\n"));
        Assert.Single(Cli.FindingsIn("a.md", "See https://example.com. You should be grateful.\n"));
    }

    [Theory]
    [InlineData("```\nyou should be grateful\n```\n")]
    [InlineData("~~~text\nyou should be grateful\n~~~\n")]
    [InlineData("Intro.\n\n    you should be grateful\n")]
    [InlineData("Use `you should be grateful` as a test string.\n")]
    [InlineData("<!-- you should be grateful -->\n")]
    [InlineData("<div title=\"x\">\nyou should be grateful\n</div>\n")]
    public void Code_comments_and_raw_html_blocks_are_skipped(string markdown)
    {
        Assert.DoesNotContain(Cli.FindingsIn("a.md", markdown), f => f.GetProperty("ruleId").GetString() == "en/owed-gratitude");
    }

    [Fact]
    public void Inline_code_is_an_opaque_word_not_a_gap()
    {
        // "you should `x` be grateful" must not match: the code span stands between the words.
        Assert.Empty(Cli.FindingsIn("a.md", "you should `be` grateful\n"));
    }

    [Fact]
    public void Front_matter_title_and_description_are_checked_other_keys_are_not()
    {
        var md = "---\ntitle: You should be grateful\nauthor: you should be grateful\ndescription: \"Be thankful we even replied\"\n---\nBody.\n";
        var findings = Cli.FindingsIn("a.md", md);
        Assert.Equal(2, findings.Count);
        AssertPosition(findings[0], 2, 8, 2, 30);
        Assert.Equal(4, findings[1].GetProperty("line").GetInt32());
        Assert.Equal(15, findings[1].GetProperty("column").GetInt32());
    }

    [Fact]
    public void Front_matter_keys_are_configurable()
    {
        using var dir = new TempDir();
        dir.Write(".tonecheck.yaml", "frontMatterKeys: [summary]\n");
        dir.Write("a.md", "---\ntitle: You should be grateful\nsummary: You should be grateful\n---\nBody.\n");
        var findings = Cli.Run(dir.Path, "a.md", "-f", "json").Findings();
        Assert.Single(findings);
        Assert.Equal(3, findings[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Front_matter_language_restricts_the_rules()
    {
        // Declared Russian: English rules do not run on this file.
        Assert.Empty(Cli.FindingsIn("a.md", "---\nlang: ru\n---\nYou should be grateful.\n"));
        Assert.Single(Cli.FindingsIn("a.md", "---\nlocale: en-US\n---\nYou should be grateful.\n"));
    }

    [Fact]
    public void Html_entity_is_decoded_and_mapped()
    {
        var f = Single("You should be&#32;grateful.\n");
        AssertPosition(f, 1, 1, 1, 27);
    }

    [Fact]
    public void Crlf_line_endings_keep_columns()
    {
        var f = Single("Title\r\n\r\nOk. You should be grateful.\r\n");
        AssertPosition(f, 3, 5, 3, 27);
    }
}
