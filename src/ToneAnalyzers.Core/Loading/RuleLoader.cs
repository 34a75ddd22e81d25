using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ToneAnalyzers.Loading;

/// <summary>Reads rule files (docs/rule-format.md): the built-in ones embedded in this assembly and a team's own.</summary>
public static class RuleLoader
{
    /// <summary>Files larger than this are refused rather than read: no rule file is that big.</summary>
    public const long MaxRuleFileBytes = 4 * 1024 * 1024;

    private static readonly Lazy<RuleLoadResult> s_builtIn = new(LoadBuiltIn);

    /// <summary>The rules shipped with ToneAnalyzers (rules/*.yaml, compiled in as a <see cref="RulePack"/>), all four languages.</summary>
    public static RuleLoadResult BuiltIn => s_builtIn.Value;

    /// <summary>Parses rule-file text. <paramref name="path"/> is only used to name the file in errors.</summary>
    public static RuleLoadResult Parse(string path, string yaml) => new RuleFileParser(path, yaml).Parse();

    /// <summary>Reads and parses a rule file; unreadable files, invalid UTF-8 and oversized files become errors, never exceptions.</summary>
    public static RuleLoadResult LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxRuleFileBytes)
            {
                return Failure(path, 1, 1, $"The file is {info.Length:N0} bytes; rule files are limited to {MaxRuleFileBytes:N0} bytes.");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failure(path, 1, 1, "The file cannot be read: " + e.Message);
        }

        return Parse(path, bytes);
    }

    /// <summary>Decodes UTF-8 strictly (a BOM is allowed) and parses.</summary>
    public static RuleLoadResult Parse(string path, byte[] bytes)
    {
        if (!TryDecode(bytes, out var text, out var badOffset))
        {
            var (line, column) = ToneAnalyzers.Text.TextPosition.OfUtf8Byte(bytes, badOffset);
            return Failure(path, line, column, $"The file is not valid UTF-8 (byte {badOffset}); save it as UTF-8.");
        }

        return Parse(path, text);
    }

    private static bool TryDecode(byte[] bytes, out string text, out int badOffset)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
            badOffset = -1;
            return !text.Contains("\0") || Fail(out badOffset, bytes);
        }
        catch (DecoderFallbackException e)
        {
            text = string.Empty;
            badOffset = start + Math.Max(0, e.Index);
            return false;
        }
    }

    private static bool Fail(out int badOffset, byte[] bytes)
    {
        badOffset = Array.IndexOf(bytes, (byte)0);
        return false;
    }

    private static RuleLoadResult Failure(string path, int line, int column, string message) =>
        new(Array.Empty<ToneRule>(), new[] { new RuleError(path, line, column, message) });

    private static RuleLoadResult LoadBuiltIn() => new(RulePack.Deserialize(BuiltInRulePack.Data), Array.Empty<RuleError>());
}
