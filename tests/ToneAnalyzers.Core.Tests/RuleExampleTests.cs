using System.Collections.Generic;
using System.Linq;
using ToneAnalyzers.Loading;

namespace ToneAnalyzers.Tests;

/// <summary>Every example written in rules/*.yaml is a test case: bad ones must produce that rule's finding, good ones nothing.</summary>
public class RuleExampleTests
{
    public static IEnumerable<object[]> BadExamples() =>
        RepositoryRules.Loaded.Rules.SelectMany(r => r.BadExamples.Select(e => new object[] { r.Id, e }));

    public static IEnumerable<object[]> GoodExamples() =>
        RepositoryRules.Loaded.Rules.SelectMany(r => r.GoodExamples.Select(e => new object[] { r.Id, e }));

    [Fact]
    public void Built_in_rule_files_load_without_errors()
    {
        Assert.Empty(RepositoryRules.Loaded.Errors.Select(e => e.ToString()));
        Assert.NotEmpty(RepositoryRules.Loaded.Rules);
    }

    [Theory]
    [MemberData(nameof(BadExamples))]
    public void Bad_example_is_flagged_by_its_rule(string ruleId, string example)
    {
        var rule = RepositoryRules.Loaded.Rules.Single(r => r.Id == ruleId);
        var findings = RepositoryRules.RulesOnlyEngine.Analyze(example, rule.Language);
        Assert.True(
            findings.Any(f => f.Rule.Id == ruleId),
            $"'{example}' should be flagged by {ruleId}; found: [{string.Join("; ", findings)}]");
        Assert.All(findings, f => Assert.Equal(rule.Category, f.Category));
    }

    [Theory]
    [MemberData(nameof(GoodExamples))]
    public void Good_example_stays_silent(string ruleId, string example)
    {
        var rule = RepositoryRules.Loaded.Rules.Single(r => r.Id == ruleId);
        Assert.Empty(RepositoryRules.RulesOnlyEngine.Analyze(example, rule.Language).Select(f => f.ToString()));
        Assert.Empty(RepositoryRules.RulesOnlyEngine.Analyze(example).Select(f => f.ToString()));
    }

    [Fact]
    public void Every_rule_has_at_least_three_varied_bad_and_two_good_examples()
    {
        foreach (var rule in RepositoryRules.Loaded.Rules)
        {
            Assert.True(rule.BadExamples.Count >= 3, $"{rule.Id} has {rule.BadExamples.Count} bad examples; at least 3 are required.");
            Assert.True(rule.GoodExamples.Count >= 2, $"{rule.Id} has {rule.GoodExamples.Count} good examples; at least 2 are required.");
            var distinct = rule.BadExamples.Select(e => e.ToLowerInvariant().Trim()).Distinct().Count();
            Assert.True(distinct == rule.BadExamples.Count, $"{rule.Id}: bad examples must vary the wording, not only the case.");
        }
    }

    [Fact]
    public void Every_category_has_rules_in_every_language()
    {
        var missing = from language in ToneLanguages.Each
                      from category in CategoryInfo.All
                      where !RepositoryRules.Loaded.Rules.Any(r => r.Language == language && r.Category == category.Category)
                      select $"{ToneLanguages.ToCode(language)}:{category.DiagnosticId}";
        Assert.Empty(missing);
    }

    [Fact]
    public void Rule_ids_start_with_their_language()
    {
        foreach (var rule in RepositoryRules.Loaded.Rules)
        {
            Assert.StartsWith(ToneLanguages.ToCode(rule.Language) + "/", rule.Id, System.StringComparison.Ordinal);
        }
    }
}
