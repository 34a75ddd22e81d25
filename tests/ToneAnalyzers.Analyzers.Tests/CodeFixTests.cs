using System.Threading.Tasks;
using ToneAnalyzers.Analyzers.CSharp;
using ToneAnalyzers.CodeFixes;
using ToneAnalyzers.Tests.Verifiers;

namespace ToneAnalyzers.Tests;

/// <summary>The C# fix replaces exactly the phrase, escaped for each kind of literal; Fix All applies one suggestion everywhere.</summary>
public class CodeFixTests
{
    /// <summary>A custom rule whose suggestions need escaping: quotes, braces and a backslash.</summary>
    private const string TrickyRules = """
        language: en
        rules:
          - id: acme/regret-it
            category: manipulative-pressure
            message: Pushes the customer with fear of missing out.
            patterns:
              - order now or regret it
            suggestions:
              - order "when ready" {today}
              - order when you are ready
        """;

    private static Task Fix(string source, string fixedSource, int index = 0, string? rules = null)
    {
        var test = Verify.Fix<CSharpStringAnalyzer, ToneCodeFixProvider>(source, fixedSource);
        test.CodeActionIndex = index;
        test.CodeActionEquivalenceKey = ToneCodeFixProvider.EquivalenceKeyPrefix + index;
        if (rules is not null)
        {
            test.TestState.AdditionalFiles.Add(("/0/acme.tone.yaml", rules));
            test.FixedState.AdditionalFiles.Add(("/0/acme.tone.yaml", rules));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Regular_string_replaces_only_the_phrase_keeping_capitalisation() => Fix(
        """class C { string a = "Honestly, {|TONE001:you should be grateful|}."; string b = "{|TONE001:You should be grateful|}!"; }""",
        """class C { string a = "Honestly, thank you for your patience."; string b = "Thank you for your patience!"; }""");

    [Fact]
    public Task Regular_string_with_escapes_replaces_through_them() => Fix(
        """class C { string s = "\"{|TONE001:You should be \u0067rateful|}\"\n"; }""",
        """class C { string s = "\"Thank you for your patience\"\n"; }""");

    [Fact]
    public Task Regular_string_escapes_quotes_and_braces_are_kept() => Fix(
        """class C { string s = "{|TONE007:Order now or regret it|}!"; }""",
        """class C { string s = "Order \"when ready\" {today}!"; }""",
        rules: TrickyRules);

    [Fact]
    public Task Second_suggestion_is_its_own_action() => Fix(
        """class C { string s = "{|TONE007:Order now or regret it|}!"; }""",
        """class C { string s = "Order when you are ready!"; }""",
        index: 1,
        rules: TrickyRules);

    [Fact]
    public Task Verbatim_string_doubles_quotes() => Fix(
        """class C { string s = @"{|TONE007:order now or regret it|}"; }""",
        """class C { string s = @"order ""when ready"" {today}"; }""",
        rules: TrickyRules);

    [Fact]
    public Task Interpolated_string_doubles_braces_and_escapes_quotes() => Fix(
        """class C { string M(int n) => $"{n}: {|TONE007:order now or regret it|}"; }""",
        """class C { string M(int n) => $"{n}: order \"when ready\" {{today}}"; }""",
        rules: TrickyRules);

    [Fact]
    public Task Interpolated_verbatim_string_doubles_quotes_and_braces() => Fix(
        """class C { string M(int n) => $@"{n}: {|TONE007:order now or regret it|}"; }""",
        """class C { string M(int n) => $@"{n}: order ""when ready"" {{today}}"; }""",
        rules: TrickyRules);

    [Fact]
    public Task Raw_string_takes_text_as_is() => Fix(
        """"class C { string s = """{|TONE001:You should be grateful|}, "really"."""; }"""",
        """"class C { string s = """Thank you for your patience, "really"."""; }"""");

    [Fact]
    public Task Raw_string_gets_no_fix_that_would_end_it_early()
    {
        // The suggestion ends with a quote; next to the closing delimiter it would break the literal, so that action is not offered
        // and the second one (index 1 becomes index 0) is.
        var test = Verify.Fix<CSharpStringAnalyzer, ToneCodeFixProvider>(
            """"class C { string s = """{|TONE007:order now or regret it|}"""; }"""",
            """"class C { string s = """order when you are ready"""; }"""");
        test.CodeActionEquivalenceKey = ToneCodeFixProvider.EquivalenceKeyPrefix + "1";
        test.TestState.AdditionalFiles.Add(("/0/acme.tone.yaml", TrickyRules.Replace("{today}", "\"now\"")));
        test.FixedState.AdditionalFiles.Add(("/0/acme.tone.yaml", TrickyRules.Replace("{today}", "\"now\"")));
        return test.RunAsync();
    }

    [Fact]
    public Task Interpolated_raw_string_keeps_text() => Fix(
        """"class C { string M(int n) => $"""{n}: {|TONE001:you should be grateful|}"""; }"""",
        """"class C { string M(int n) => $"""{n}: thank you for your patience"""; }"""");

    [Fact]
    public Task Multi_line_raw_string() => Fix(
        """"
        class C
        {
            string s = """
                Dear customer,
                {|TONE001:you should be grateful|}.
                """;
        }
        """",
        """"
        class C
        {
            string s = """
                Dear customer,
                thank you for your patience.
                """;
        }
        """");

    [Fact]
    public Task Utf8_string() => Fix(
        """class C { System.ReadOnlySpan<byte> M() => "{|TONE001:you should be grateful|}"u8; }""",
        """class C { System.ReadOnlySpan<byte> M() => "thank you for your patience"u8; }""");

    [Fact]
    public Task Concatenation_is_merged_into_one_literal() => Fix(
        """class C { const string S = "{|TONE001:You should be " + "grateful|} for this."; }""",
        """class C { const string S = "Thank you for your patience for this."; }""");

    [Fact]
    public Task Fix_all_replaces_every_occurrence_in_document_project_and_solution() => Fix(
        """
        class C
        {
            string a = "{|TONE001:You should be grateful|}.";
            string b = @"Really, {|TONE001:you should be grateful|}.";
            string M(int n) => $"{n} {|TONE001:you ought to be thankful|}";
        }
        """,
        """
        class C
        {
            string a = "Thank you for your patience.";
            string b = @"Really, thank you for your patience.";
            string M(int n) => $"{n} thank you for your patience";
        }
        """);
}
