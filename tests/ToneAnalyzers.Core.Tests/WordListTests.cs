using System.Linq;
using ToneAnalyzers.Loading;

namespace ToneAnalyzers.Tests;

/// <summary>Named word lists (<c>words:</c>, used as <c>@name</c>): one list of synonyms shared by many patterns.</summary>
public class WordListTests
{
    private const string File = """
        language: en
        words:
          customer: [customers, clients, users, tenants, the buyer]
          decide: [decide, choose, say how]
        rules:
          - id: acme/no-say
            category: rights-denial
            message: Denies the customer a say.
            patterns: ["@customer (do not|does not) get to @decide"]
            unless: ["@customer ...3 portal"]
            suggestions: [here is how the decision is made]
        """;

    [Fact]
    public void A_list_stands_for_any_of_its_words_in_patterns_and_unless()
    {
        var result = RuleLoader.Parse("acme.yaml", File);
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        var engine = ToneEngine.Create(result.Rules, TestRules.RulesOnly);

        Assert.Equal(new[] { "Tenants don't get to choose" }, engine.Matches("Tenants don't get to choose the contractor."));
        Assert.Equal(new[] { "the buyer does not get to decide" }, engine.Matches("Sorry, the buyer does not get to decide that."));
        Assert.Empty(engine.Matches("Clients do not get to choose it here, only in the clients portal."));
        Assert.Empty(engine.Matches("Customers get to choose their plan."));
    }

    [Fact]
    public void The_rule_holds_the_expanded_pattern()
    {
        var rule = Assert.Single(RuleLoader.Parse("acme.yaml", File).Rules);
        Assert.Equal("(customers|clients|users|tenants|the buyer) (do not|does not) get to (decide|choose|say how)", rule.Patterns[0]);
    }

    [Fact]
    public void An_empty_words_section_is_allowed()
    {
        var yaml = File.Substring(0, File.IndexOf("words:", System.StringComparison.Ordinal)) + "words:\n  # lists go here\n" + File.Substring(File.IndexOf("rules:", System.StringComparison.Ordinal)).Replace("@customer", "customers", System.StringComparison.Ordinal).Replace("@decide", "decide", System.StringComparison.Ordinal);
        var result = RuleLoader.Parse("acme.yaml", yaml);
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.Single(result.Rules);
    }

    [Theory]
    [InlineData("\"@customer (do not", "\"@client (do not", 9, 16, "Unknown word list '@client'")]
    [InlineData("decide: [decide, choose, say how]", "decide: [decide, \"@customer\"]", 4, 20, "lists do not nest")]
    [InlineData("decide: [decide, choose, say how]", "decide: []", 4, 11, "'decide' is empty")]
    [InlineData("decide: [decide, choose, say how]", "decide: [decide, \"(choose\"]", 4, 20, "Invalid word list entry")]
    [InlineData("decide: [decide, choose, say how]", "2decide: [decide]", 4, 3, "starting with a letter")]
    [InlineData("words:\n  customer: [customers, clients, users, tenants, the buyer]\n  decide: [decide, choose, say how]", "words: [a, b]", 2, 8, "'words:' must be a mapping")]
    public void Mistakes_in_lists_name_file_line_and_column(string find, string replace, int line, int column, string text)
    {
        var result = RuleLoader.Parse("acme.yaml", File.Replace(find, replace, System.StringComparison.Ordinal));
        var error = result.Errors[0];
        Assert.Contains(text, error.Message, System.StringComparison.Ordinal);
        Assert.Equal(("acme.yaml", line, column), (error.Path, error.Line, error.Column));
    }
}
