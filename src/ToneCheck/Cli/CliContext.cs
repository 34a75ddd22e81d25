using System;
using System.IO;

namespace ToneCheck.Cli;

/// <summary>Everything the CLI touches outside its arguments, so tests drive it in-process.</summary>
internal sealed class CliContext
{
    public required TextWriter Stdout { get; init; }

    public required TextWriter Stderr { get; init; }

    public required string WorkingDirectory { get; init; }

    /// <summary>Opens standard input (only called when "-" is an input).</summary>
    public Func<Stream> OpenStdin { get; init; } = () => Stream.Null;

    public Func<string, string?> GetEnvironmentVariable { get; init; } = static _ => null;

    /// <summary>Standard output is a terminal (colour allowed).</summary>
    public bool StdoutIsTerminal { get; init; }

    /// <summary>Standard error is a terminal (progress bar allowed).</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>Test hook: replaces file reading.</summary>
    public Func<string, byte[]>? ReadAllBytes { get; init; }

    public static CliContext FromConsole()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 64 * 1024) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        return new CliContext
        {
            Stdout = stdout,
            Stderr = stderr,
            WorkingDirectory = Environment.CurrentDirectory,
            OpenStdin = Console.OpenStandardInput,
            GetEnvironmentVariable = Environment.GetEnvironmentVariable,
            StdoutIsTerminal = !Console.IsOutputRedirected,
            StderrIsTerminal = !Console.IsErrorRedirected,
        };
    }
}
