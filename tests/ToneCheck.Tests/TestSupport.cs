using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ToneCheck.Cli;

namespace ToneCheck.Tests;

/// <summary>A temporary folder with helpers to write files; deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tonecheck-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return full;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Path, relative));

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(System.IO.Path.Combine(Path, relative));

    /// <summary>A rule file with an auto-fixable rule, and a config that loads it.</summary>
    public void WriteAutoFixRules(string configFolder = "")
    {
        Write(System.IO.Path.Combine(configFolder, "team-rules.yaml"), """
            language: en
            rules:
              - id: en/test-shame
                category: manipulative-pressure
                message: Shames the customer for declining.
                patterns:
                  - frobnicate the widget
                suggestions:
                  - adjust the setting
                fix: auto
                examples:
                  bad:
                    - Please frobnicate the widget now.
                  good:
                    - Adjust the setting
            """);
        Write(System.IO.Path.Combine(configFolder, ".tonecheck.yaml"), "rules: [team-rules.yaml]\n");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The outcome of one in-process run.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public JsonDocument Json() => JsonDocument.Parse(Stdout);

    public List<JsonElement> Findings()
    {
        var list = new List<JsonElement>();
        foreach (var f in Json().RootElement.GetProperty("findings").EnumerateArray())
        {
            list.Add(f.Clone());
        }

        return list;
    }
}

internal static class Cli
{
    public static CliRun Run(string workingDirectory, params string[] args) => RunWith(workingDirectory, null, null, args);

    public static CliRun RunWith(string workingDirectory, string? stdin, Func<string, byte[]>? readAllBytes, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext
        {
            Stdout = stdout,
            Stderr = stderr,
            WorkingDirectory = workingDirectory,
            OpenStdin = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)),
            ReadAllBytes = readAllBytes,
        };
        var code = ToneCheckCli.Run(args, context);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs on one Markdown (or other) text and returns the JSON findings.</summary>
    /// <summary>Arguments for tests of what counts as prose: they check the rules' phrases, not what the statistical model makes of the words left.</summary>
    public static readonly string[] RulesOnly = { "--model", "off" };

    public static List<JsonElement> FindingsIn(string fileName, string text, params string[] extraArgs)
    {
        using var dir = new TempDir();
        dir.Write(fileName, text);
        var args = new List<string> { fileName, "--format", "json" };
        args.AddRange(extraArgs);
        var run = Run(dir.Path, args.ToArray());
        Assert.True(run.ExitCode is 0 or 1, run.Stderr);
        return run.Findings();
    }
}

internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir, "ToneAnalyzers.sln")))
            {
                dir = System.IO.Path.GetDirectoryName(dir);
            }

            return dir ?? throw new InvalidOperationException("repository root not found");
        }
    }
}
