using System.Collections.Generic;
using ToneAnalyzers;
using ToneCheck.Checking;
using ToneCheck.Input;

namespace ToneCheck.Cli;

internal enum OutputFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
    Html,
}

/// <summary>The parsed and validated command line.</summary>
internal sealed class CliOptions
{
    public List<string> Paths { get; } = new();

    public OutputFormat Format { get; set; } = OutputFormat.Text;

    public string? OutputPath { get; set; }

    public string? ConfigPath { get; set; }

    /// <summary>Findings at or above this severity fail the run; null = never (--fail-on none).</summary>
    public ToneSeverity? FailOn { get; set; } = ToneSeverity.Warning;

    public string? BaselinePath { get; set; }

    public bool WriteBaseline { get; set; }

    public bool Fix { get; set; }

    public bool DryRun { get; set; }

    public Shard? Shard { get; set; }

    public List<string> Include { get; } = new();

    public List<string> Exclude { get; } = new();

    public bool NoIgnore { get; set; }

    public ToneLanguage Languages { get; set; }

    /// <summary>--model: which texts the statistical model judges; null keeps the config's choice.</summary>
    public ModelScope? Model { get; set; }

    public long MaxFileBytes { get; set; } = CheckSettings.DefaultMaxFileBytes;

    public int Jobs { get; set; }

    /// <summary>null = decide from the terminal and the CI/NO_COLOR variables.</summary>
    public bool? Colour { get; set; }

    public bool NoProgress { get; set; }

    public FileKind StdinKind { get; set; } = FileKind.Markdown;

    public string? StdinPath { get; set; }

    public bool ParseOnly { get; set; }
}
