using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ToneAnalyzers.Analyzers.Resources;
using ToneAnalyzers.Tests.Verifiers;

namespace ToneAnalyzers.Tests;

/// <summary>.resx/.resw string resources: values only, XML-decoded with exact positions, language from the culture suffix.</summary>
public class ResxTests
{
    internal static string Resx(string data) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
        {data}
        </root>
        """;

    private static Task Check(string path, string content, params DiagnosticResult[] expected)
    {
        var test = Verify.Analyzer<ResxAnalyzer>(string.Empty);
        test.TestState.AdditionalFiles.Add((path, content));
        test.TestState.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task String_value_reports_the_phrase() => Check("/0/Strings.resx", Resx("""
          <data name="Thanks" xml:space="preserve"><value>Honestly, {|TONE001:you should be grateful|}.</value></data>
        """));

    [Fact]
    public Task Entities_are_decoded_and_positions_stay_exact() => Check("/0/Strings.resx", Resx("""
          <data name="Thanks"><value>&lt;b&gt; &quot;{|TONE001:You should be gr&#97;teful|}&quot; &amp; more</value></data>
        """));

    [Fact]
    public Task Cdata_value_is_read() => Check("/0/Strings.resw", Resx("""
          <data name="Thanks"><value><![CDATA[<i>{|TONE001:You should be grateful|}</i>]]></value></data>
        """));

    [Fact]
    public Task Comments_file_references_and_names_are_not_checked() => Check("/0/Strings.resx", Resx("""
          <data name="you should be grateful"><value>Welcome</value><comment>you should be grateful</comment></data>
          <data name="Logo" type="System.Resources.ResXFileRef, System.Windows.Forms"><value>you should be grateful.txt;System.String</value></data>
          <data name="Blob" mimetype="application/x-microsoft.net.object.binary.base64"><value>you should be grateful</value></data>
          <!-- you should be grateful -->
        """));

    [Fact]
    public Task Tone_ignore_comment_suppresses_the_resource() => Check("/0/Strings.resx", Resx("""
          <data name="Quote"><value>you should be grateful</value><comment>Quoted from a complaint; tone-ignore</comment></data>
        """));

    [Fact]
    public Task Culture_suffix_picks_the_language_so_english_rules_skip_russian_files() => Check("/0/Strings.ru-RU.resx", Resx("""
          <data name="Thanks"><value>you should be grateful</value></data>
        """));

    [Fact]
    public Task Culture_we_have_no_rules_for_is_skipped() => Check("/0/Strings.de-DE.resx", Resx("""
          <data name="Thanks"><value>you should be grateful</value></data>
        """));

    [Fact]
    public Task English_culture_file_is_checked() => Check("/0/Strings.en-GB.resx", Resx("""
          <data name="Thanks"><value>{|TONE001:you should be grateful|}</value></data>
        """));

    [Fact]
    public Task Neutral_file_uses_the_configured_default_language()
    {
        var test = Verify.Analyzer<ResxAnalyzer>(string.Empty);
        test.TestState.AdditionalFiles.Add(("/0/Strings.resx", Resx("""  <data name="Thanks"><value>you should be grateful</value></data>""")));
        test.TestState.AnalyzerConfigFiles.Add(Verify.EditorConfig("tone_analyzers.default_language = ru"));
        return test.RunAsync();
    }

    [Fact]
    public Task Each_resource_is_a_separate_piece() => Check("/0/Strings.resx", Resx("""
          <data name="A"><value>you should be</value></data>
          <data name="B"><value>grateful</value></data>
        """));

    [Fact]
    public Task Malformed_resx_reports_at_the_xml_error_and_other_files_are_still_analysed()
    {
        var test = Verify.Analyzer<ResxAnalyzer>(string.Empty);
        test.TestState.AdditionalFiles.Add(("/0/Broken.resx", "<root>\n  <data name=\"A\"><value>text</valu>\n</root>"));
        test.TestState.AdditionalFiles.Add(("/0/Good.resx", Resx("""  <data name="A"><value>{|TONE001:you should be grateful|}</value></data>""")));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("TONE000", DiagnosticSeverity.Warning).WithSpan("/0/Broken.resx", 2, 31, 2, 32).WithArguments("Broken.resx", "the file is not well-formed XML (The 'value' start tag on line 2 position 19 does not match the end tag of 'valu'. Line 2, position 31.)"));
        return test.RunAsync();
    }
}
