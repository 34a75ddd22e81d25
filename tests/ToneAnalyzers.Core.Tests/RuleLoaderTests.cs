using System.Linq;
using System.Text;
using ToneAnalyzers.Loading;

namespace ToneAnalyzers.Tests;

public class RuleLoaderTests
{
    private const string Valid = """
        language: en
        rules:
          - id: acme/owed-thanks
            category: owed-gratitude
            message: Demands thanks.
            patterns: [you owe us]
            suggestions: [thank you]
        """;

    [Fact]
    public void A_valid_custom_file_loads()
    {
        var result = RuleLoader.Parse("acme.yaml", Valid);
        Assert.Empty(result.Errors);
        var rule = Assert.Single(result.Rules);
        Assert.Equal("acme/owed-thanks", rule.Id);
        Assert.Equal("TONE001", rule.DiagnosticId);
        Assert.Equal(ToneSeverity.Warning, rule.Severity);
        Assert.Equal(new RuleSource("acme.yaml", 3).ToString(), rule.Source.ToString());
    }

    [Theory]
    [InlineData("category: owed-gratitude", "category: rude", 4, 15, "Unknown category 'rude'")]
    [InlineData("patterns: [you owe us]", "patterns: [\"you (owe us\"]", 6, 16, "Invalid pattern")]
    [InlineData("patterns: [you owe us]", "patterns: [\"\"]", 6, 16, "empty")]
    [InlineData("suggestions: [thank you]", "suggestion: [thank you]", 7, 5, "did you mean 'suggestions'")]
    [InlineData("language: en", "language: xx", 1, 11, "Unknown language 'xx'")]
    [InlineData("message: Demands thanks.", "message: [a, b]", 5, 14, "must be a single value")]
    public void Invalid_files_report_file_line_column_and_a_plain_reason(string find, string replace, int line, int column, string text)
    {
        var result = RuleLoader.Parse("acme.yaml", Valid.Replace(find, replace, System.StringComparison.Ordinal));
        var error = result.Errors[0];
        Assert.Equal(("acme.yaml", line, column), (error.Path, error.Line, error.Column));
        Assert.Empty(result.Rules);
        Assert.Contains(text, error.Message, System.StringComparison.Ordinal);
        Assert.StartsWith($"acme.yaml({line},{column}): error: ", error.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_an_error_not_an_exception()
    {
        var result = RuleLoader.Parse("broken.yaml", "language: en\nrules:\n  - id: [unclosed\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("not valid YAML", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_is_reported_and_the_other_rules_still_load()
    {
        var result = RuleLoader.Parse("acme.yaml", Valid + "\n" + Valid.Substring(Valid.IndexOf("  - id", System.StringComparison.Ordinal)));
        Assert.Single(result.Rules);
        Assert.Contains("already used on line 3", Assert.Single(result.Errors).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_of_a_built_in_id_is_reported_when_combining()
    {
        var custom = RuleLoader.Parse("acme.yaml", Valid.Replace("acme/owed-thanks", "en/owed-gratitude", System.StringComparison.Ordinal));
        var combined = RuleLoadResult.Combine(RuleLoader.BuiltIn, custom);
        Assert.Contains(combined.Errors, e => e.Path == "acme.yaml" && e.Message.Contains("already used", System.StringComparison.Ordinal));
        Assert.Equal(RuleLoader.BuiltIn.Rules.Count, combined.Rules.Count);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes("language: en\nrules: []\n# caf").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var error = Assert.Single(RuleLoader.Parse("latin1.yaml", bytes).Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("not valid UTF-8", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        var error = Assert.Single(RuleLoader.LoadFile("/no/such/rules.yaml").Errors);
        Assert.Contains("cannot be read", error.Message, System.StringComparison.Ordinal);
    }
}
