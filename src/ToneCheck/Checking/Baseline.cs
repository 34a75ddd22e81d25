using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ToneCheck.Checking;

/// <summary>
/// Known findings recorded with --write-baseline, so CI fails only on new ones. A finding's key is its path
/// (relative to the baseline file), rule id, normalised matched text and occurrence index among identical ones in
/// that file: stable when lines move, specific enough that a new copy of the same phrase is new.
/// </summary>
internal sealed class Baseline
{
    private readonly Dictionary<string, int> _keys;

    private Baseline(Dictionary<string, int> keys)
    {
        _keys = keys;
    }

    public int Count => _keys.Count;

    public static Baseline Load(string path, out string? error)
    {
        error = null;
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            foreach (var entry in document.RootElement.GetProperty("findings").EnumerateArray())
            {
                var key = Key(
                    entry.GetProperty("path").GetString() ?? string.Empty,
                    entry.GetProperty("ruleId").GetString() ?? string.Empty,
                    entry.GetProperty("text").GetString() ?? string.Empty,
                    entry.TryGetProperty("occurrence", out var occurrence) ? occurrence.GetInt32() : 0);
                keys[key] = keys.TryGetValue(key, out var n) ? n + 1 : 1;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            error = $"{path}: not a tonecheck baseline: {e.Message}";
        }

        return new Baseline(keys);
    }

    /// <summary>Marks findings that are in the baseline. Findings must be in report order.</summary>
    public int Apply(IEnumerable<CheckFinding> findings, string baselinePath, string workingDirectory)
    {
        var matched = 0;
        foreach (var finding in findings)
        {
            if (_keys.ContainsKey(Key(RelativePath(finding.Path, baselinePath, workingDirectory), finding.RuleId, finding.Text, finding.Occurrence)))
            {
                finding.Baselined = true;
                matched++;
            }
        }

        return matched;
    }

    /// <summary>Numbers identical findings (same path, rule and text) in order of appearance.</summary>
    public static void AssignOccurrences(IEnumerable<CheckFinding> findings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var key = Key(finding.Path, finding.RuleId, finding.Text, 0);
            counts.TryGetValue(key, out var n);
            finding.Occurrence = n;
            counts[key] = n + 1;
        }
    }

    public static void Write(string baselinePath, string workingDirectory, string version, IEnumerable<CheckFinding> findings)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("tool", "tonecheck");
            writer.WriteString("version", version);
            writer.WriteString("note", "Known findings; tonecheck --baseline reports only findings not listed here. Re-create with --baseline FILE --write-baseline.");
            writer.WritePropertyName("findings");
            writer.WriteStartArray();
            foreach (var f in findings)
            {
                writer.WriteStartObject();
                writer.WriteString("path", RelativePath(f.Path, baselinePath, workingDirectory));
                writer.WriteString("ruleId", f.RuleId);
                writer.WriteString("diagnosticId", f.DiagnosticId);
                writer.WriteString("text", Normalize(f.Text));
                writer.WriteNumber("occurrence", f.Occurrence);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        var full = Path.GetFullPath(baselinePath, workingDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Fixing.AtomicFile.Write(full, stream.ToArray());
    }

    private static string RelativePath(string displayPath, string baselinePath, string workingDirectory)
    {
        if (displayPath == "<stdin>")
        {
            return displayPath;
        }

        var full = Path.GetFullPath(displayPath, workingDirectory);
        var baselineDirectory = Path.GetDirectoryName(Path.GetFullPath(baselinePath, workingDirectory)) ?? workingDirectory;
        return Path.GetRelativePath(baselineDirectory, full).Replace('\\', '/');
    }

    private static string Key(string path, string ruleId, string text, int occurrence) =>
        string.Concat(path, "\u001f", ruleId.ToUpperInvariant(), "\u001f", Normalize(text), "\u001f", occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Lower case, whitespace runs collapsed: a reflowed paragraph keeps its key.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
