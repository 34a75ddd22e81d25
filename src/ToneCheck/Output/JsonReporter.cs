using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ToneCheck.Checking;

namespace ToneCheck.Output;

/// <summary>
/// One JSON document; the shape is a contract scripts depend on:
/// <c>{"tool","version","filesChecked","findings":[{path,line,column,endLine,endColumn,diagnosticId,ruleId,category,severity,language,text,message,suggestions}],"errors":[{path,message}]}</c>.
/// </summary>
internal static class JsonReporter
{
    public static void Write(CheckReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("tool", "tonecheck");
            w.WriteString("version", report.Version);
            w.WriteNumber("filesChecked", report.FilesChecked);
            w.WritePropertyName("findings");
            w.WriteStartArray();
            foreach (var f in report.Findings)
            {
                w.WriteStartObject();
                w.WriteString("path", f.Path);
                w.WriteNumber("line", f.Line);
                w.WriteNumber("column", f.Column);
                w.WriteNumber("endLine", f.EndLine);
                w.WriteNumber("endColumn", f.EndColumn);
                w.WriteString("diagnosticId", f.DiagnosticId);
                w.WriteString("ruleId", f.RuleId);
                w.WriteString("category", f.Category.Slug);
                w.WriteString("severity", ReportSummary.SeverityName(f.Severity));
                w.WriteString("language", f.Language);
                w.WriteString("text", f.Text);
                w.WriteString("message", f.Message);
                w.WritePropertyName("suggestions");
                w.WriteStartArray();
                foreach (var s in f.Suggestions)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("errors");
            w.WriteStartArray();
            foreach (var e in report.Errors)
            {
                w.WriteStartObject();
                w.WriteString("path", e.Path);
                w.WriteString("message", e.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        output.Write('\n');
    }
}
