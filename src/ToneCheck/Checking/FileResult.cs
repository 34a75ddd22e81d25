using System.Collections.Generic;
using ToneCheck.Input;

namespace ToneCheck.Checking;

/// <summary>What checking one file produced: findings, or the reason it could not be checked.</summary>
internal sealed class FileResult
{
    public FileResult(InputFile file)
    {
        File = file;
    }

    public InputFile File { get; }

    /// <summary>Why the file was not checked (binary, invalid UTF-8, too large, unreadable, invalid XML); null if it was.</summary>
    public string? Error { get; set; }

    public List<CheckFinding> Findings { get; } = new();

    public int Suppressed { get; set; }

    /// <summary>Kept only when fixing.</summary>
    public SourceDocument? Document { get; set; }
}
