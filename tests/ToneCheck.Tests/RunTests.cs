using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ToneCheck.Tests;

public class ExitCodeTests
{
    [Fact]
    public void Clean_files_exit_0()
    {
        using var dir = new TempDir();
        dir.Write("a.md", "We're grateful for your patience. You should receive an email within a few minutes.\n");
        var run = Cli.Run(dir.Path, ".");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Checked 1 file", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_exit_1()
    {
        using var dir = new TempDir();
        dir.Write("a.md", "You should be grateful.\n");
        Assert.Equal(1, Cli.Run(dir.Path, ".").ExitCode);
    }

    [Fact]
    public void Fail_on_threshold()
    {
        using var dir = new TempDir();
        dir.Write("a.md", "You should be grateful.\n");
        Assert.Equal(0, Cli.Run(dir.Path, ".", "--fail-on", "error").ExitCode);
        Assert.Equal(1, Cli.Run(dir.Path, ".", "--fail-on", "suggestion").ExitCode);
        Assert.Equal(0, Cli.Run(dir.Path, ".", "--fail-on", "none").ExitCode);
        dir.Write(".tonecheck.yaml", "severity:\n  TONE001: error\n");
        Assert.Equal(1, Cli.Run(dir.Path, ".", "--fail-on", "error").ExitCode);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "loud")]
    [InlineData("--shard", "3/2")]
    [InlineData("--shard", "x")]
    [InlineData("--no-such-option")]
    [InlineData("--dry-run")]
    [InlineData("--write-baseline")]
    [InlineData("missing-folder")]
    [InlineData("--language", "de")]
    public void Usage_errors_exit_2(params string[] args)
    {
        using var dir = new TempDir();
        var run = Cli.Run(dir.Path, args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Stderr);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        using var dir = new TempDir();
        var help = Cli.Run(dir.Path, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--fail-on", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("--parse-only", help.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, Cli.Run(dir.Path, "--version").ExitCode);
    }
}

public class ConfigTests
{
    [Fact]
    public void Bad_config_exits_2_with_position()
    {
        using var dir = new TempDir();
        dir.Write(".tonecheck.yaml", "languages: [en]\nseverity:\n  TONE001: loud\nfavourite: 1\n");
        dir.Write("a.md", "Fine.\n");
        var run = Cli.Run(dir.Path, ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".tonecheck.yaml:3:12: error: unknown severity 'loud'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(".tonecheck.yaml:4:1: error: unknown key 'favourite'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_exits_2_with_position()
    {
        using var dir = new TempDir();
        dir.Write(".tonecheck.yaml", "disable: [TONE001\n");
        dir.Write("a.md", "Fine.\n");
        var run = Cli.Run(dir.Path, ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"\.tonecheck\.yaml:\d+:\d+: error: invalid YAML", run.Stderr);
    }

    [Fact]
    public void Bad_custom_rule_file_exits_2()
    {
        using var dir = new TempDir();
        dir.Write("rules.yaml", "language: en\nrules:\n  - id: en/x\n    category: nonsense\n");
        dir.Write(".tonecheck.yaml", "rules: [rules.yaml]\n");
        dir.Write("a.md", "Fine.\n");
        var run = Cli.Run(dir.Path, ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rules.yaml:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Nearest_config_wins_walking_up()
    {
        using var dir = new TempDir();
        dir.Write(".tonecheck.yaml", "disable: [TONE001]\n");
        dir.Write("a.md", "You should be grateful.\n");
        dir.Write("sub/.tonecheck.yaml", "languages: en\n");
        dir.Write("sub/deeper/b.md", "You should be grateful.\n");
        var findings = Cli.Run(dir.Path, ".", "-f", "json").Findings();
        Assert.Equal("sub/deeper/b.md", Assert.Single(findings).GetProperty("path").GetString());
    }

    [Fact]
    public void Explicit_config_applies_to_every_file()
    {
        using var dir = new TempDir();
        dir.Write("sub/.tonecheck.yaml", "languages: en\n");
        dir.Write("sub/b.md", "You should be grateful.\n");
        dir.Write("cfg.yaml", "disable: [owed-gratitude]\n");
        Assert.Equal(0, Cli.Run(dir.Path, ".", "--config", "cfg.yaml").ExitCode);
    }

    [Fact]
    public void Allowed_phrases_and_disabled_rules()
    {
        using var dir = new TempDir();
        dir.Write("a.md", "You should be grateful for the upgrade.\n");
        dir.Write(".tonecheck.yaml", "allow:\n  - grateful for the upgrade\n");
        Assert.Equal(0, Cli.Run(dir.Path, ".").ExitCode);
        dir.Write(".tonecheck.yaml", "disable: [en/owed-gratitude]\n");
        Assert.Equal(0, Cli.Run(dir.Path, ".").ExitCode);
    }

    [Fact]
    public void Invalid_allowed_phrase_is_reported_at_its_position()
    {
        using var dir = new TempDir();
        dir.Write("a.md", "You should be grateful.\n");
        dir.Write(".tonecheck.yaml", "languages: en\nallow:\n  - fine phrase\n  - 'grateful (for'\n");
        var run = Cli.Run(dir.Path, ".");
        Assert.Equal(2, run.ExitCode);
        // Line 4; column 19 is where the pattern parser stops (the end of the phrase inside its quotes).
        Assert.Contains(".tonecheck.yaml:4:19: error: invalid allowed phrase 'grateful (for'", run.Stderr, System.StringComparison.Ordinal);
        Assert.Contains("nothing was checked", run.Stderr, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Config_include_and_exclude()
    {
        using var dir = new TempDir();
        dir.Write(".tonecheck.yaml", "include: ['docs/**']\nexclude: ['docs/drafts/**']\n");
        dir.Write("docs/a.md", "You should be grateful.\n");
        dir.Write("docs/drafts/b.md", "You should be grateful.\n");
        dir.Write("other/c.md", "You should be grateful.\n");
        var findings = Cli.Run(dir.Path, ".", "-f", "json").Findings();
        Assert.Equal("docs/a.md", Assert.Single(findings).GetProperty("path").GetString());
    }
}

public class DiscoveryTests
{
    [Fact]
    public void Gitignore_hidden_folders_and_unknown_kinds_are_skipped()
    {
        using var dir = new TempDir();
        dir.Write(".gitignore", "build/\n*.draft.md\n!keep.draft.md\n");
        dir.Write("a.md", "You should be grateful.\n");
        dir.Write("build/b.md", "You should be grateful.\n");
        dir.Write("c.draft.md", "You should be grateful.\n");
        dir.Write("keep.draft.md", "You should be grateful.\n");
        dir.Write(".hidden/d.md", "You should be grateful.\n");
        dir.Write("e.yaml", "You should be grateful.\n");
        var paths = Cli.Run(dir.Path, ".", "-f", "json").Findings().Select(f => f.GetProperty("path").GetString()).ToArray();
        Assert.Equal(new[] { "a.md", "keep.draft.md" }, paths);
        Assert.Equal(4, Cli.Run(dir.Path, ".", "-f", "json", "--no-ignore").Findings().Count);
    }

    [Fact]
    public void Globs_include_exclude_and_explicit_files()
    {
        using var dir = new TempDir();
        dir.Write("docs/a.md", "You should be grateful.\n");
        dir.Write("docs/sub/b.md", "You should be grateful.\n");
        dir.Write("docs/c.txt", "You should be grateful.\n");
        dir.Write("notes.yaml", "You should be grateful.\n");
        string[] Paths(params string[] args) => Cli.Run(dir.Path, args.Concat(new[] { "-f", "json" }).ToArray()).Findings().Select(f => f.GetProperty("path").GetString()!).ToArray();
        Assert.Equal(new[] { "docs/a.md", "docs/sub/b.md" }, Paths("docs/**/*.md"));
        Assert.Equal(new[] { "docs/a.md" }, Paths("docs/*.md"));
        Assert.Equal(new[] { "docs/a.md", "docs/c.txt" }, Paths("docs", "--exclude", "sub/**"));
        Assert.Equal(new[] { "docs/c.txt" }, Paths("docs", "--include", "*.txt"));
        Assert.Equal(new[] { "notes.yaml" }, Paths("notes.yaml")); // named explicitly: read as text
        Assert.Equal(new[] { "docs/a.md" }, Paths("docs/a.md", "./docs/a.md"));
    }
}

public class BadFileTests
{
    [Fact]
    public void Bad_files_are_reported_and_the_rest_is_checked()
    {
        using var dir = new TempDir();
        dir.Write("good.md", "You should be grateful.\n");
        dir.WriteBytes("binary.md", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01 });
        dir.WriteBytes("latin1.md", Encoding.Latin1.GetBytes("Line one\nCaf\u00e9 au lait\n"));
        dir.Write("huge.md", new string('a', 5000));
        var run = Cli.Run(dir.Path, ".", "-f", "json", "--max-file-size", "4096");
        Assert.Equal(1, run.ExitCode);
        var root = run.Json().RootElement;
        Assert.Equal(1, root.GetProperty("filesChecked").GetInt32());
        Assert.Single(root.GetProperty("findings").EnumerateArray());
        var errors = root.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.StartsWith("binary file", errors["binary.md"], StringComparison.Ordinal);
        Assert.StartsWith("not valid UTF-8 at line 2, column 4", errors["latin1.md"], StringComparison.Ordinal);
        Assert.StartsWith("too large: 5,000 bytes", errors["huge.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Permission_denied_is_reported()
    {
        using var dir = new TempDir();
        dir.Write("good.md", "You should be grateful.\n");
        dir.Write("secret.md", "x");
        var run = Cli.RunWith(dir.Path, null, path => path.EndsWith("secret.md", StringComparison.Ordinal) ? throw new UnauthorizedAccessException() : File.ReadAllBytes(path), ".", "-f", "json");
        var root = run.Json().RootElement;
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal("permission denied: the file cannot be read", error.GetProperty("message").GetString());
        Assert.Single(root.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void Unreadable_file_on_disk()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return; // root reads anything; covered by Permission_denied_is_reported through the read hook
        }

        using var dir = new TempDir();
        var path = dir.Write("secret.md", "You should be grateful.\n");
        File.SetUnixFileMode(path, UnixFileMode.None);
        var run = Cli.Run(dir.Path, ".", "-f", "json");
        Assert.Contains("permission denied", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_bom_is_read()
    {
        using var dir = new TempDir();
        dir.WriteBytes("a.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("You should be grateful.\n")).ToArray());
        Assert.Single(Cli.Run(dir.Path, ".", "-f", "json").Findings());
    }
}

public class BaselineTests
{
    [Fact]
    public void Baseline_fails_only_on_new_findings_and_survives_line_shifts()
    {
        using var dir = new TempDir();
        dir.Write("docs/a.md", "Intro.\n\nYou should be grateful.\n");
        var write = Cli.Run(dir.Path, "docs", "--baseline", "ci/baseline.json", "--write-baseline");
        Assert.Equal(0, write.ExitCode);
        Assert.Contains("\"path\": \"../docs/a.md\"", dir.Read("ci/baseline.json"), StringComparison.Ordinal);

        Assert.Equal(0, Cli.Run(dir.Path, "docs", "--baseline", "ci/baseline.json").ExitCode);

        // Lines move: still known.
        dir.Write("docs/a.md", "New intro.\n\nMore text.\n\nIntro.\n\nYou should be grateful.\n");
        var shifted = Cli.Run(dir.Path, "docs", "--baseline", "ci/baseline.json");
        Assert.Equal(0, shifted.ExitCode);
        Assert.Contains("1 in the baseline", shifted.Stdout, StringComparison.Ordinal);

        // A second copy of the phrase is new.
        dir.Write("docs/a.md", "You should be grateful.\n\nIntro.\n\nYou should be grateful.\n");
        var added = Cli.Run(dir.Path, "docs", "--baseline", "ci/baseline.json", "-f", "json");
        Assert.Equal(1, added.ExitCode);
        Assert.Single(added.Findings());
    }

    [Fact]
    public void Baseline_works_from_another_working_folder()
    {
        using var dir = new TempDir();
        dir.Write("docs/a.md", "You should be grateful.\n");
        Cli.Run(dir.Path, "docs", "--baseline", "baseline.json", "--write-baseline");
        Assert.Equal(0, Cli.Run(Path.Combine(dir.Path, "docs"), ".", "--baseline", "../baseline.json").ExitCode);
    }

    [Fact]
    public void Missing_or_broken_baseline_exits_2()
    {
        using var dir = new TempDir();
        dir.Write("a.md", "Fine.\n");
        Assert.Equal(2, Cli.Run(dir.Path, ".", "--baseline", "nope.json").ExitCode);
        dir.Write("broken.json", "{");
        Assert.Equal(2, Cli.Run(dir.Path, ".", "--baseline", "broken.json").ExitCode);
    }
}

public class ShardTests
{
    [Fact]
    public void Shards_partition_the_files_and_merge_by_concatenation()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 30; i++)
        {
            dir.Write($"d{i % 4}/f{i}.md", "You should be grateful.\n");
        }

        var all = Cli.Run(dir.Path, ".", "-f", "json").Findings().Select(f => f.GetProperty("path").GetString()).ToList();
        var merged = Enumerable.Range(1, 3)
            .SelectMany(k => Cli.Run(dir.Path, ".", "-f", "json", "--shard", $"{k}/3").Findings().Select(f => f.GetProperty("path").GetString()))
            .ToList();
        Assert.Equal(30, all.Count);
        Assert.Equal(all.OrderBy(p => p, StringComparer.Ordinal), merged.OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(Enumerable.Range(1, 3), k => Assert.NotEmpty(Cli.Run(dir.Path, ".", "-f", "json", "--shard", $"{k}/3").Findings()));
    }

    [Fact]
    public void Shard_hash_is_stable()
    {
        // Pinned: a CI matrix must see the same split on every machine and run.
        Assert.Equal(14695981039346656037UL, Checking.Shard.Hash(string.Empty));
        Assert.Equal(0xAF63DC4C8601EC8CUL, Checking.Shard.Hash("a"));
        Assert.Equal(Checking.Shard.Hash("docs/a.md"), Checking.Shard.Hash("docs\\a.md"));
    }
}
