using System.Globalization;

namespace ToneAnalyzers.Loading;

/// <summary>A problem in a rule file, with the 1-based line and column it was found at.</summary>
public sealed class RuleError
{
    public RuleError(string path, int line, int column, string message)
    {
        Path = path;
        Line = line;
        Column = column;
        Message = message;
    }

    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    public string Message { get; }

    /// <summary>MSBuild-style text: <c>rules/acme.yaml(12,9): error: unknown category 'rude'...</c>.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): error: {3}", Path, Line, Column, Message);
}
