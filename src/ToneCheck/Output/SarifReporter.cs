using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ToneAnalyzers;
using ToneCheck.Checking;

namespace ToneCheck.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning uploads. Reporting descriptors are the eight categories (TONE001..TONE008) with
/// help URIs, always all eight in the same order, so results of shards merge by concatenation.
/// </summary>
internal static class SarifReporter
{
    public const string HelpUriBase = "https://github.com/toneanalyzers/toneanalyzers/blob/main/docs/rules/";

    public static void Write(CheckReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WritePropertyName("runs");
            w.WriteStartArray();
            w.WriteStartObject();

            w.WritePropertyName("tool");
            w.WriteStartObject();
            w.WritePropertyName("driver");
            w.WriteStartObject();
            w.WriteString("name", "tonecheck");
            w.WriteString("semanticVersion", report.Version);
            w.WriteString("informationUri", "https://github.com/toneanalyzers/toneanalyzers/blob/main/docs/tonecheck.md");
            w.WritePropertyName("rules");
            w.WriteStartArray();
            foreach (var category in CategoryInfo.All)
            {
                w.WriteStartObject();
                w.WriteString("id", category.DiagnosticId);
                w.WriteString("name", ToPascal(category.Slug));
                Message(w, "shortDescription", category.Title);
                Message(w, "fullDescription", category.Summary + ".");
                w.WriteString("helpUri", HelpUriBase + category.DiagnosticId + ".md");
                Message(w, "help", $"{category.Title}: {category.Summary}. See {HelpUriBase}{category.DiagnosticId}.md");
                w.WritePropertyName("defaultConfiguration");
                w.WriteStartObject();
                w.WriteString("level", Level(category.DefaultSeverity));
                w.WriteEndObject();
                w.WritePropertyName("properties");
                w.WriteStartObject();
                w.WriteString("category", category.Slug);
                w.WritePropertyName("tags");
                w.WriteStartArray();
                w.WriteStringValue("tone");
                w.WriteStringValue(category.Slug);
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WritePropertyName("invocations");
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteBoolean("executionSuccessful", true);
            if (report.Errors.Count > 0)
            {
                w.WritePropertyName("toolExecutionNotifications");
                w.WriteStartArray();
                foreach (var e in report.Errors)
                {
                    w.WriteStartObject();
                    w.WriteString("level", "error");
                    Message(w, "message", e.Message);
                    w.WritePropertyName("locations");
                    w.WriteStartArray();
                    w.WriteStartObject();
                    w.WritePropertyName("physicalLocation");
                    w.WriteStartObject();
                    ArtifactLocation(w, e.Path);
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteString("columnKind", "utf16CodeUnits");
            w.WritePropertyName("results");
            w.WriteStartArray();
            foreach (var f in report.Findings)
            {
                WriteResult(w, f);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        output.Write('\n');
    }

    private static void WriteResult(Utf8JsonWriter w, CheckFinding f)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.DiagnosticId);
        w.WriteNumber("ruleIndex", (int)f.Rule.Category - 1);
        w.WriteString("level", Level(f.Severity));
        var text = $"{f.Message} \"{f.Text}\"" + (f.Suggestions.Count > 0 ? " Suggestion: " + string.Join(" | ", f.Suggestions) : string.Empty);
        Message(w, "message", text);
        w.WritePropertyName("locations");
        w.WriteStartArray();
        w.WriteStartObject();
        w.WritePropertyName("physicalLocation");
        w.WriteStartObject();
        ArtifactLocation(w, f.Path);
        Region(w, f);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WritePropertyName("partialFingerprints");
        w.WriteStartObject();
        w.WriteString("toneFindingHash/v1", Fingerprint(f));
        w.WriteEndObject();
        if (f.Suggestions.Count > 0 && f.CanAutoFix)
        {
            w.WritePropertyName("fixes");
            w.WriteStartArray();
            w.WriteStartObject();
            Message(w, "description", "Replace with: " + f.Suggestions[0]);
            w.WritePropertyName("artifactChanges");
            w.WriteStartArray();
            w.WriteStartObject();
            ArtifactLocation(w, f.Path);
            w.WritePropertyName("replacements");
            w.WriteStartArray();
            w.WriteStartObject();
            w.WritePropertyName("deletedRegion");
            w.WriteStartObject();
            w.WriteNumber("startLine", f.Line);
            w.WriteNumber("startColumn", f.Column);
            w.WriteNumber("endLine", f.EndLine);
            w.WriteNumber("endColumn", f.EndColumn);
            w.WriteEndObject();
            w.WritePropertyName("insertedContent");
            w.WriteStartObject();
            w.WriteString("text", f.Suggestions[0]);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WritePropertyName("properties");
        w.WriteStartObject();
        w.WriteString("toneRuleId", f.RuleId);
        w.WriteString("category", f.Category.Slug);
        w.WriteString("language", f.Language);
        w.WriteString("matchedText", f.Text);
        w.WritePropertyName("suggestions");
        w.WriteStartArray();
        foreach (var s in f.Suggestions)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Region(Utf8JsonWriter w, CheckFinding f)
    {
        w.WritePropertyName("region");
        w.WriteStartObject();
        w.WriteNumber("startLine", f.Line);
        w.WriteNumber("startColumn", f.Column);
        w.WriteNumber("endLine", f.EndLine);
        w.WriteNumber("endColumn", f.EndColumn);
        w.WritePropertyName("snippet");
        w.WriteStartObject();
        w.WriteString("text", f.LineText);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void ArtifactLocation(Utf8JsonWriter w, string path)
    {
        w.WritePropertyName("artifactLocation");
        w.WriteStartObject();
        w.WriteString("uri", ToUri(path));
        if (!path.StartsWith('/') && !path.StartsWith("../", StringComparison.Ordinal) && path != "<stdin>")
        {
            w.WriteString("uriBaseId", "%SRCROOT%");
        }

        w.WriteEndObject();
    }

    private static string ToUri(string path)
    {
        if (path == "<stdin>")
        {
            return "stdin";
        }

        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        var joined = string.Join('/', segments);
        return path.StartsWith('/') ? "file://" + joined : joined;
    }

    private static void Message(Utf8JsonWriter w, string name, string text)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string Level(ToneSeverity severity) => severity switch
    {
        ToneSeverity.Error => "error",
        ToneSeverity.Warning => "warning",
        ToneSeverity.Suggestion => "note",
        _ => "none",
    };

    private static string ToPascal(string slug)
    {
        var sb = new StringBuilder();
        foreach (var part in slug.Split('-'))
        {
            sb.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        return sb.ToString();
    }

    private static string Fingerprint(CheckFinding f)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{f.Path}\u001f{f.RuleId}\u001f{Baseline.Normalize(f.Text)}\u001f{f.Occurrence}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
