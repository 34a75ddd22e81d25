namespace ToneCheck.Input;

/// <summary>One file to check: where it is, how it is shown in reports and how its text is extracted.</summary>
internal sealed class InputFile
{
    public InputFile(string fullPath, string displayPath, FileKind kind, bool isExplicit)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Kind = kind;
        IsExplicit = isExplicit;
    }

    /// <summary>Absolute path; for standard input, the path it was given with --stdin-path (or "-").</summary>
    public string FullPath { get; }

    /// <summary>The path reports use: relative to the working folder, with '/' separators.</summary>
    public string DisplayPath { get; }

    public FileKind Kind { get; }

    /// <summary>Named on the command line (not found by walking a folder): include/exclude and .gitignore do not apply.</summary>
    public bool IsExplicit { get; }

    public bool IsStdin { get; init; }

    public override string ToString() => DisplayPath;
}
