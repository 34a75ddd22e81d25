using System;

namespace ToneCheck.Checking;

/// <summary>Settings that apply to the whole run, not to one config.</summary>
internal sealed class CheckSettings
{
    public const long DefaultMaxFileBytes = 8 * 1024 * 1024;

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Keep decoded documents in results (needed by --fix).</summary>
    public bool KeepDocuments { get; init; }

    /// <summary>Standard input, read once up front when "-" is among the inputs.</summary>
    public byte[]? StdinBytes { get; init; }

    /// <summary>Test hook: replaces file reading (to simulate permission errors and the like).</summary>
    public Func<string, byte[]>? ReadAllBytes { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;
}
