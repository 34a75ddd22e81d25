using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ToneAnalyzers.Analyzers.Configuration;
using ToneAnalyzers.Analyzers.CSharp;
using ToneAnalyzers.Analyzers.Resources;
using ToneAnalyzers.Tests.Verifiers;

namespace ToneAnalyzers.Tests;

/// <summary>.editorconfig keys, suppression, and custom rule files.</summary>
public class ConfigurationTests
{
    private const string Flagged = """class C { string s = "you should be grateful"; }""";

    private static Task CheckWith(string editorConfig, string source)
    {
        var test = Verify.Analyzer<CSharpStringAnalyzer>(source);
        test.TestState.AnalyzerConfigFiles.Add(Verify.EditorConfig(editorConfig));
        return test.RunAsync();
    }

    // Raising the severity to error is checked by the end-to-end test (a real dotnet build fails): the test library keeps the reported severity.
    [Fact]
    public Task Severity_none_silences_the_rule() => CheckWith("dotnet_diagnostic.TONE001.severity = none", Flagged);

    [Theory]
    [InlineData("TONE001")]
    [InlineData("en/owed-gratitude")]
    [InlineData("owed-gratitude")]
    [InlineData("TONE003, en/owed-gratitude")]
    public Task Disabled_rules_are_not_reported(string disabled) => CheckWith("tone_analyzers.disabled_rules = " + disabled, Flagged);

    [Fact]
    public Task Allowed_phrases_are_not_reported() => CheckWith("tone_analyzers.allowed_phrases = you should be grateful; something else", Flagged);

    [Fact]
    public Task Invalid_allowed_phrase_is_reported_with_its_position_and_the_others_still_apply()
    {
        const string bad = "you (should";
        var error = ToneAnalyzers.ToneEngine.ValidatePattern(bad);
        Assert.NotNull(error);
        var test = Verify.Analyzer<CSharpStringAnalyzer>("""class C { string s = "{|TONE001:you should be grateful|}"; string t = "something else entirely"; }""");
        test.TestState.AnalyzerConfigFiles.Add(Verify.EditorConfig("tone_analyzers.allowed_phrases = " + bad + "; something else"));
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck; // the configuration problem is reported at 1,1, before any #pragma
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("TONE000", DiagnosticSeverity.Warning).WithSpan("/0/Test0.cs", 1, 1, 1, 1).WithArguments(
            "the configuration",
            $"the allowed phrase '{bad}' of tone_analyzers.allowed_phrases is not a valid pattern (at character {error!.Position + 1}: {error.Message})"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("tone_analyzers.languages = en, klingon", "'klingon' is not a value of tone_analyzers.languages (expected en, ru, pl, sr or all)")]
    [InlineData("tone_analyzers.default_language = klingon", "'klingon' is not a value of tone_analyzers.default_language (expected en, ru, pl or sr; English is used)")]
    [InlineData("tone_analyzers.csharp_strings = customers", "'customers' is not a value of tone_analyzers.csharp_strings (expected all, customer_facing or none; all is used)")]
    [InlineData("tone_analyzers.enabled = nope", "'nope' is not a value of tone_analyzers.enabled (expected true or false)")]
    [InlineData("tone_analyzers.model = sometimes", "'sometimes' is not a value of tone_analyzers.model (expected short, all or off; short is used)")]
    [InlineData("tone_analyzers.disabled_rules = en/owed-gratitud", "'en/owed-gratitud' in tone_analyzers.disabled_rules is not a rule id (such as en/owed-gratitude), a diagnostic id (TONE001..TONE008) or a category")]
    public Task Misspelt_setting_is_reported_and_the_rest_still_applies(string editorConfig, string problem)
    {
        // The problem is reported at the first place that meets it (once per compilation); findings are still reported.
        var test = Verify.Analyzer<CSharpStringAnalyzer>("""class C { string s = "{|TONE001:you should be grateful|}"; string t = "{|TONE001:you should be grateful|}"; }""");
        test.TestState.AnalyzerConfigFiles.Add(Verify.EditorConfig(editorConfig));
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("TONE000", DiagnosticSeverity.Warning).WithSpan("/0/Test0.cs", 1, 1, 1, 1).WithArguments("the configuration", problem));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("tone_analyzers.model = off")]
    [InlineData("tone_analyzers.disabled_rules = en/model-manipulative-pressure")]
    public Task The_model_can_be_switched_off(string editorConfig) =>
        CheckWith(editorConfig, """class C { string s = "Leaving now means the whole team loses the discount you all worked for."; }""");

    // No rule lists this guilt trip; the model reads the whole message as pressure once asked to judge C# strings.
    [Fact]
    public Task The_model_judges_a_message_no_rule_matches_when_asked() => CheckWith("tone_analyzers.model = short",
        """class C { string s = "{|TONE007:Leaving now means the whole team loses the discount you all worked for|}."; }""");

    // Most literals are log lines and developer messages: by default the model judges only strings marked customer-facing.
    [Fact]
    public Task By_default_the_model_leaves_ordinary_strings_to_the_rules() => Verify.Analyze<CSharpStringAnalyzer>(
        """class C { string s = "Leaving now means the whole team loses the discount you all worked for."; }""");

    [Fact]
    public Task The_model_judges_strings_marked_customer_facing() => CheckWith("tone_analyzers.csharp_strings = customer_facing", """
        class CustomerFacingAttribute : System.Attribute { }
        [CustomerFacing]
        class Messages { const string Leave = "{|TONE007:Leaving now means the whole team loses the discount you all worked for|}."; }
        """);

    [Fact]
    public Task Languages_limit_the_rules() => CheckWith("tone_analyzers.languages = ru, pl", Flagged);

    [Fact]
    public Task Csharp_strings_none_checks_nothing() => CheckWith("tone_analyzers.csharp_strings = none", Flagged);

    [Fact]
    public Task Csharp_strings_customer_facing_checks_only_marked_code() => CheckWith("tone_analyzers.csharp_strings = customer_facing", """
        using System;
        using System.ComponentModel.DataAnnotations;
        class CustomerFacingAttribute : Attribute { }
        class Internal { string s = "you should be grateful"; }
        [CustomerFacing]
        class Messages { string s = "{|TONE001:you should be grateful|}"; }
        class Mixed
        {
            [CustomerFacing] string M() => "{|TONE001:you should be grateful|}";
            string N() => "you should be grateful";
            [Display(Name = "{|TONE001:you should be grateful|}")] public string P { get; set; } = "";
        }
        """);

    [Fact]
    public Task Pragma_suppresses() => Verify.Analyze<CSharpStringAnalyzer>("""
        class C
        {
        #pragma warning disable TONE001
            string s = "you should be grateful";
        #pragma warning restore TONE001
        }
        """);

    [Fact]
    public Task SuppressMessage_suppresses() => Verify.Analyze<CSharpStringAnalyzer>("""
        using System.Diagnostics.CodeAnalysis;
        class C
        {
            [SuppressMessage("Tone", "TONE001:Owed gratitude", Justification = "Quoted")]
            string s = "you should be grateful";
        }
        """);

    [Fact]
    public Task Tone_ignore_comment_on_the_line_or_above_suppresses() => Verify.Analyze<CSharpStringAnalyzer>("""
        class C
        {
            string a = "you should be grateful"; // tone-ignore: quoting a customer
            // tone-ignore
            string b = "you should be grateful";
            string c = "{|TONE001:you should be grateful|}"; // a comment that does not ask to ignore
        }
        """);

    [Fact]
    public Task Custom_rules_are_merged_with_built_ins()
    {
        var test = Verify.Analyzer<CSharpStringAnalyzer>("""
            class C
            {
                string a = "{|TONE007:Order now or regret it|}!";
                string b = "{|TONE001:you should be grateful|}";
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/acme.tone.yaml", """
            language: en
            rules:
              - id: acme/regret-it
                category: manipulative-pressure
                message: Pushes the customer with fear of missing out.
                patterns:
                  - order now or regret it
                suggestions:
                  - order when you are ready
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Invalid_rule_file_reports_at_the_offending_line_and_keeps_valid_rules()
    {
        var test = Verify.Analyzer<RuleFileAnalyzer>(string.Empty);
        test.TestState.AdditionalFiles.Add(("/0/bad.tonerules.yaml", """
            language: en
            rules:
              - id: acme/rude
                category: {|TONE900:rude|}
                message: Rude.
                patterns:
                  - go away
                suggestions:
                  - we will help
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Yaml_syntax_error_is_reported_not_thrown()
    {
        var test = Verify.Analyzer<RuleFileAnalyzer>(string.Empty);
        test.TestState.AdditionalFiles.Add(("/0/broken.tone.yaml", "language: en\nrules: [\n"));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("TONE900", DiagnosticSeverity.Warning).WithSpan("/0/broken.tone.yaml", 3, 1, 3, 1));
        return test.RunAsync();
    }

    [Fact]
    public Task Resx_respects_editorconfig_for_additional_files()
    {
        var test = Verify.Analyzer<ResxAnalyzer>(string.Empty);
        test.TestState.AdditionalFiles.Add(("/0/Strings.resx", ResxTests.Resx("""  <data name="A"><value>you should be grateful</value></data>""")));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.resx]\ntone_analyzers.enabled = false\n"));
        return test.RunAsync();
    }
}
