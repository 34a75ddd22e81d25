using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ToneCheck.Tests;

public class FixTests
{
    [Fact]
    public void Fix_replaces_only_the_phrase_byte_for_byte()
    {
        using var dir = new TempDir();
        dir.WriteAutoFixRules();
        var original = "---\ntitle: Offer\nnote: frobnicate the widget\n---\n\n# Offer\n\nDecline: frobnicate the widget.\n\n```\nfrobnicate the widget\n```\n\nTrailing text.  \n";
        dir.Write("a.md", original);
        var run = Cli.Run(dir.Path, "a.md", "--fix");
        Assert.Equal(0, run.ExitCode);
        var expected = original.Replace("Decline: frobnicate the widget.", "Decline: adjust the setting.", StringComparison.Ordinal);
        Assert.Equal(expected, dir.Read("a.md"));
        Assert.Contains("1 fixed in 1 file", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Fix_keeps_bom_and_crlf()
    {
        using var dir = new TempDir();
        dir.WriteAutoFixRules();
        var body = "Line one.\r\nNo, frobnicate the widget.\r\n\r\nПривет, мир.\r\n";
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(body)).ToArray();
        dir.WriteBytes("a.md", bytes);
        Cli.Run(dir.Path, "a.md", "--fix");
        var expected = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(body.Replace("frobnicate the widget", "adjust the setting", StringComparison.Ordinal))).ToArray();
        Assert.Equal(expected, dir.ReadBytes("a.md"));
    }

    [Fact]
    public void Fix_is_idempotent()
    {
        using var dir = new TempDir();
        dir.WriteAutoFixRules();
        dir.Write("a.md", "frobnicate the widget. Frobnicate the widget!\n");
        Cli.Run(dir.Path, "a.md", "--fix");
        var once = dir.ReadBytes("a.md");
        Assert.Equal("adjust the setting. Adjust the setting!\n", Encoding.UTF8.GetString(once));
        var second = Cli.Run(dir.Path, "a.md", "--fix");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(once, dir.ReadBytes("a.md"));
        Assert.DoesNotContain("fixed", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_changes_nothing()
    {
        using var dir = new TempDir();
        dir.WriteAutoFixRules();
        var original = "a\nb\nc\nd\nNo, frobnicate the widget.\ne\nf\ng\nh\n";
        dir.Write("a.md", original);
        var run = Cli.Run(dir.Path, "a.md", "--fix", "--dry-run");
        Assert.Equal(original, dir.Read("a.md"));
        Assert.Equal(
            "--- a/a.md\n+++ b/a.md\n@@ -2,7 +2,7 @@\n b\n c\n d\n-No, frobnicate the widget.\n+No, adjust the setting.\n e\n f\n g\n",
            run.Stdout);
        Assert.Equal(1, run.ExitCode); // the finding is still there
    }

    [Fact]
    public void Phrases_with_markup_inside_are_not_fixed()
    {
        using var dir = new TempDir();
        dir.WriteAutoFixRules();
        var original = "frobnicate **the** widget.\n";
        dir.Write("a.md", original);
        var run = Cli.Run(dir.Path, "a.md", "--fix");
        Assert.Equal(original, dir.Read("a.md"));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Manual_rules_are_never_applied()
    {
        using var dir = new TempDir();
        dir.Write("a.md", "You should be grateful.\n");
        Cli.Run(dir.Path, "a.md", "--fix");
        Assert.Equal("You should be grateful.\n", dir.Read("a.md"));
    }

    [Fact]
    public void Resx_replacement_is_xml_escaped()
    {
        using var dir = new TempDir();
        dir.Write("team-rules.yaml", """
            language: en
            rules:
              - id: en/test-amp
                category: manipulative-pressure
                message: Test.
                patterns:
                  - frobnicate the widget
                suggestions:
                  - no thanks & <goodbye>
                fix: auto
            """);
        dir.Write(".tonecheck.yaml", "rules: [team-rules.yaml]\n");
        var resx = ResxTests.Resx(("A", "Tom &amp; frobnicate the widget.", null));
        dir.Write("Strings.resx", resx);
        Cli.Run(dir.Path, "Strings.resx", "--fix");
        Assert.Equal(resx.Replace("frobnicate the widget", "no thanks &amp; &lt;goodbye&gt;", StringComparison.Ordinal), dir.Read("Strings.resx"));
    }

    [Fact]
    public void Fix_keeps_the_file_mode()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = new TempDir();
        dir.WriteAutoFixRules();
        var path = dir.Write("a.md", "frobnicate the widget.\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        Cli.Run(dir.Path, "a.md", "--fix");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Fix_refuses_standard_input()
    {
        using var dir = new TempDir();
        Assert.Equal(2, Cli.Run(dir.Path, "-", "--fix").ExitCode);
    }
}
