using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NJsonSchema;

namespace ToneCheck.Tests;

public class OutputFormatTests
{
    private static TempDir Project()
    {
        var dir = new TempDir();
        dir.Write("docs/a.md", "# Help\n\nYou **should** be grateful, 5 &lt; 6 & \"quoted\" <b>bold</b>.\n");
        dir.Write("docs/b.txt", "All fine here.\n");
        dir.WriteBytes("docs/c.md", new byte[] { 0x41, 0xFF, 0x42 });
        return dir;
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        using var dir = Project();
        var run = Cli.Run(dir.Path, "docs", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var root = run.Json().RootElement;
        Assert.Equal(new[] { "tool", "version", "filesChecked", "findings", "errors" }, root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("tonecheck", root.GetProperty("tool").GetString());
        Assert.Equal(2, root.GetProperty("filesChecked").GetInt32());
        var f = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal(
            new[] { "path", "line", "column", "endLine", "endColumn", "diagnosticId", "ruleId", "category", "severity", "language", "text", "message", "suggestions" },
            f.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("docs/a.md", f.GetProperty("path").GetString());
        Assert.Equal(3, f.GetProperty("line").GetInt32());
        Assert.Equal(1, f.GetProperty("column").GetInt32());
        Assert.Equal(27, f.GetProperty("endColumn").GetInt32());
        Assert.Equal("TONE001", f.GetProperty("diagnosticId").GetString());
        Assert.Equal("owed-gratitude", f.GetProperty("category").GetString());
        Assert.Equal("warning", f.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Array, f.GetProperty("suggestions").ValueKind);
        var e = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(new[] { "path", "message" }, e.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("docs/c.md", e.GetProperty("path").GetString());
        Assert.Contains("Checked 2 files", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_is_valid_against_the_2_1_0_schema()
    {
        using var dir = Project();
        var run = Cli.Run(dir.Path, "docs", "--format", "sarif");
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json")));
        var errors = schema.Validate(run.Stdout);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(x => x.ToString())));

        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var sarifRun = root.GetProperty("runs")[0];
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(8, rules.Count);
        Assert.Equal("https://github.com/toneanalyzers/toneanalyzers/blob/main/docs/rules/TONE001.md", rules[0].GetProperty("helpUri").GetString());
        var result = Assert.Single(sarifRun.GetProperty("results").EnumerateArray());
        Assert.Equal("TONE001", result.GetProperty("ruleId").GetString());
        Assert.Equal(0, result.GetProperty("ruleIndex").GetInt32());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal("docs/a.md", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Single(sarifRun.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
    }

    [Fact]
    public async Task Sarif_schema_check_catches_broken_documents()
    {
        // Guards the guard: the vendored schema really validates.
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json")));
        Assert.NotEmpty(schema.Validate("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{}}]}"));
    }

    [Fact]
    public void GitHub_workflow_commands_are_escaped()
    {
        using var dir = Project();
        var run = Cli.Run(dir.Path, "docs", "--format", "github");
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("::warning file=docs/a.md,line=3,col=1,endLine=3,endColumn=27,title=TONE001 en/owed-gratitude%3A You should be grateful::", lines[0], StringComparison.Ordinal);
        Assert.Contains("%0ASuggestion: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("::error file=docs/c.md,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_escapes_article_text()
    {
        using var dir = Project();
        var run = Cli.Run(dir.Path, "docs", "--format", "html");
        var html = run.Stdout;
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.Contains("<mark>You should be grateful</mark>, 5 &lt; 6 &amp; &quot;quoted&quot; bold.</div>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>You should be grateful</mark>", html, StringComparison.Ordinal);
        Assert.Contains("By category", html, StringComparison.Ordinal);
        Assert.Contains("By language", html, StringComparison.Ordinal);
        Assert.Contains("By article", html, StringComparison.Ordinal);
        Assert.Contains("Files that could not be checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal); // self-contained: no external resources
    }

    [Fact]
    public void Html_escapes_hostile_paths_and_suggestions()
    {
        using var dir = new TempDir();
        dir.Write("<b>x</b>.md", "You should be grateful.\n");
        var html = Cli.Run(dir.Path, ".", "-f", "html").Stdout;
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;.md", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_format_shows_location_line_marker_and_suggestion()
    {
        using var dir = Project();
        var run = Cli.Run(dir.Path, "docs");
        var expected = "docs/a.md:3:1 warning TONE001 en/owed-gratitude ";
        Assert.StartsWith(expected, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  3 | You **should** be grateful, 5 &lt; 6", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    | ^^^^^^^^^^^^^^^^^^^^^^^^^^\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("= suggestion: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("errors:\n  docs/c.md: not valid UTF-8 at line 1, column 2", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("by category: owed gratitude (TONE001) 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("by language: en 1", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Stdout, StringComparison.Ordinal); // redirected: no colour
    }

    [Fact]
    public void Color_can_be_forced()
    {
        using var dir = Project();
        Assert.Contains("\u001b[", Cli.Run(dir.Path, "docs", "--color").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_file_gets_the_report()
    {
        using var dir = Project();
        var run = Cli.Run(dir.Path, "docs", "-f", "html", "-o", "out/report.html");
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("report written to out/report.html", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("<mark>", dir.Read("out/report.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_order_is_deterministic_across_job_counts()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 40; i++)
        {
            dir.Write($"d{i % 7}/f{i}.md", string.Concat(Enumerable.Repeat("You should be grateful.\n\n", (i % 3) + 1)));
        }

        var one = Cli.Run(dir.Path, ".", "-f", "json", "-j", "1").Stdout;
        var many = Cli.Run(dir.Path, ".", "-f", "json", "-j", "8").Stdout;
        Assert.Equal(one, many);
    }
}
