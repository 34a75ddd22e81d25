using System.Linq;

namespace ToneCheck.Tests;

public class SuppressionTests
{
    private const string Phrase = "You should be grateful.";

    [Fact]
    public void Disable_next_line_with_matching_id()
    {
        Assert.Empty(Cli.FindingsIn("a.md", $"<!-- tonecheck-disable-next-line TONE001 -->\n{Phrase}\n"));
        Assert.Empty(Cli.FindingsIn("a.md", $"<!-- tonecheck-disable-next-line en/owed-gratitude -->\n{Phrase}\n"));
        Assert.Empty(Cli.FindingsIn("a.md", $"<!-- tonecheck-disable-next-line -->\n\n{Phrase}\n"));
    }

    [Fact]
    public void Disable_next_line_with_another_id_does_not_suppress()
    {
        Assert.Single(Cli.FindingsIn("a.md", $"<!-- tonecheck-disable-next-line TONE003 -->\n{Phrase}\n"));
    }

    [Fact]
    public void Disable_next_line_covers_only_the_next_line()
    {
        var findings = Cli.FindingsIn("a.md", $"<!-- tonecheck-disable-next-line TONE001 -->\n{Phrase}\n\n{Phrase}\n");
        Assert.Equal(4, Assert.Single(findings).GetProperty("line").GetInt32());
    }

    [Fact]
    public void Disable_enable_block()
    {
        var md = $"{Phrase}\n\n<!-- tonecheck-disable TONE001 -->\n\n{Phrase}\n\n- {Phrase}\n\n<!-- tonecheck-enable -->\n\n{Phrase}\n";
        var lines = Cli.FindingsIn("a.md", md).Select(f => f.GetProperty("line").GetInt32()).ToArray();
        Assert.Equal(new[] { 1, 11 }, lines);
    }

    [Fact]
    public void Inline_comment_inside_a_paragraph()
    {
        Assert.Empty(Cli.FindingsIn("a.md", $"Text <!-- tonecheck-disable-line --> {Phrase}\n"));
    }

    [Fact]
    public void Suppressed_count_is_in_the_summary()
    {
        using var dir = new TempDir();
        dir.Write("a.md", $"<!-- tonecheck-disable-next-line -->\n{Phrase}\n");
        var run = Cli.Run(dir.Path, "a.md");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 suppressed", run.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Resx_comment_suppresses_the_value()
    {
        var resx = ResxTests.Resx(("A", "You should be grateful.", "tonecheck-disable TONE001"), ("B", "You should be grateful.", "just a note"));
        var findings = Cli.FindingsIn("Strings.resx", resx);
        Assert.Single(findings);
    }

    [Fact]
    public void Html_template_comment_directive()
    {
        Assert.Empty(Cli.FindingsIn("t.hbs", "{{!-- tonecheck-disable-next-line --}}\n<p>You should be grateful.</p>\n"));
        Assert.Empty(Cli.FindingsIn("t.cshtml", "@* tonecheck-disable-next-line TONE001 *@\n<p>You should be grateful.</p>\n"));
    }
}
