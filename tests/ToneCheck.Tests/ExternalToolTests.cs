using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ToneCheck.Tests;

/// <summary>A fact that is skipped, with the reason, when headless Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = "chromium is not installed at /usr/bin/chromium (sudo apt-get install chromium); scripts/html-screenshot.sh does the same check by hand";
        }
    }
}

internal static class Processes
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string file, string arguments, string workingDirectory, TimeSpan timeout, params (string Name, string Value)[] environment)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in {timeout}");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

public class HtmlInChromiumTests
{
    [ChromiumFact]
    public void Report_renders_in_headless_chromium()
    {
        using var dir = new TempDir();
        var run = Cli.Run(RepoPaths.Root, "samples/helpcenter", "--format", "html", "--output", Path.Combine(dir.Path, "report.html"), "--fail-on", "none");
        Assert.Equal(0, run.ExitCode);
        var url = "file://" + Path.Combine(dir.Path, "report.html");
        var common = $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir={Path.Combine(dir.Path, "profile")}";

        var dom = Processes.Run(ChromiumFactAttribute.Path, $"{common} --dump-dom {url}", dir.Path, TimeSpan.FromSeconds(120));
        Assert.Contains("<mark>", dom.Stdout, StringComparison.Ordinal);
        Assert.Contains("By category", dom.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom.Stdout, StringComparison.Ordinal);

        var png = Path.Combine(dir.Path, "report.png");
        Processes.Run(ChromiumFactAttribute.Path, $"{common} --hide-scrollbars --window-size=1280,2000 --screenshot={png} {url}", dir.Path, TimeSpan.FromSeconds(120));
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes.Take(8).ToArray());
        Assert.True(bytes.Length > 10_000, $"screenshot is only {bytes.Length} bytes");
    }
}

public class InstalledToolTests
{
    [Fact]
    [Trait("Category", "EndToEnd")]
    public void Packed_tool_installs_from_a_local_feed_and_checks_the_sample()
    {
        using var dir = new TempDir();
        var root = RepoPaths.Root;
        var feed = Path.Combine(dir.Path, "feed");
        var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var timeout = TimeSpan.FromMinutes(4);

        var pack = Processes.Run("dotnet", $"pack src/ToneCheck/ToneCheck.csproj -c Release -o \"{feed}\" -p:Version={version} -nologo", root, timeout);
        Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
        Assert.True(File.Exists(Path.Combine(feed, $"ToneCheck.{version}.nupkg")), "package not found in the feed");

        // Only the local feed: the tool package carries everything it needs.
        File.WriteAllText(Path.Combine(dir.Path, "nuget.config"), $"<?xml version=\"1.0\" encoding=\"utf-8\"?><configuration><packageSources><clear /><add key=\"local\" value=\"{feed}\" /></packageSources></configuration>");
        var tools = Path.Combine(dir.Path, "tools");
        var install = Processes.Run("dotnet", $"tool install ToneCheck --version {version} --tool-path \"{tools}\" --configfile \"{Path.Combine(dir.Path, "nuget.config")}\"", dir.Path, timeout, ("NUGET_PACKAGES", Path.Combine(dir.Path, "packages")));
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);

        if (OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64)
        {
            // The pointer package sends linux-x64 to the ReadyToRun build (other platforms get the portable one).
            Assert.True(Directory.EnumerateFiles(tools, "tonecheck.dll", SearchOption.AllDirectories).Any(p => p.Contains("linux-x64", StringComparison.Ordinal)), "the linux-x64 package was not installed");
        }

        var exe = Path.Combine(tools, OperatingSystem.IsWindows() ? "tonecheck.exe" : "tonecheck");
        var version2 = Processes.Run(exe, "--version", root, timeout);
        Assert.Contains(version, version2.Stdout, StringComparison.Ordinal);

        var run = Processes.Run(exe, "samples/helpcenter --format json", root, timeout);
        Assert.True(run.ExitCode == 1, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("tonecheck", json.RootElement.GetProperty("tool").GetString());
        Assert.True(json.RootElement.GetProperty("findings").GetArrayLength() > 0);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());

        // The installed tool runs with invariant globalization; the test host has ICU. Folding must not care:
        // the same findings in every language (Cyrillic Serbian and text typed without diacritics included).
        var inProcess = Cli.Run(root, "samples/helpcenter", "--format", "json");
        Assert.Equal(Keys(inProcess.Json()), Keys(json));
        Assert.Contains(Keys(json), k => k.StartsWith("samples/helpcenter/sr/isporuka.md:", StringComparison.Ordinal));
    }

    private static List<string> Keys(JsonDocument report) =>
        report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}:{f.GetProperty("ruleId").GetString()}")
            .ToList();
}

public class SampleTests
{
    [Fact]
    public void Sample_has_findings_in_every_language_with_built_in_rules_and_no_errors()
    {
        var run = Cli.Run(RepoPaths.Root, "samples/helpcenter", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var root = run.Json().RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        Assert.True(root.GetProperty("filesChecked").GetInt32() >= 12);
        var languages = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("language").GetString()).ToHashSet();
        foreach (var rule in ToneAnalyzers.ToneEngine.BuiltIn.Rules)
        {
            Assert.Contains(ToneAnalyzers.ToneLanguages.ToCode(rule.Language), languages);
        }

        // Code fences in the sample hold flagged phrases that must never be reported.
        Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("path").GetString() == "samples/helpcenter/ru/dostavka.md");
    }

    [Fact]
    public void Sample_respectful_articles_stay_clean()
    {
        var run = Cli.Run(RepoPaths.Root, "samples/helpcenter/en/getting-started.md", "samples/helpcenter/en/templates/order-shipped.cshtml", "--format", "json");
        Assert.Equal(0, run.ExitCode);
    }
}
