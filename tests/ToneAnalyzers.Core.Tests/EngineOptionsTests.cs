using System.Linq;

namespace ToneAnalyzers.Tests;

public class EngineOptionsTests
{
    [Fact]
    public void Disabled_rules_by_id_diagnostic_id_or_category_produce_nothing()
    {
        foreach (var key in new[] { "en/test", "TONE003", "condescension" })
        {
            var options = new ToneEngineOptions();
            options.DisabledRules.Add(key);
            Assert.Empty(TestRules.Engine("en", "condescension", "obviously", options: options).Matches("Obviously."));
        }
    }

    [Fact]
    public void Severity_overrides_apply_most_specific_first()
    {
        var options = new ToneEngineOptions();
        options.SeverityOverrides["TONE003"] = ToneSeverity.Suggestion;
        options.SeverityOverrides["en/test"] = ToneSeverity.Error;
        Assert.Equal(ToneSeverity.Error, TestRules.Engine("en", "condescension", "obviously", options: options).Analyze("Obviously.").Single().Severity);
    }

    [Fact]
    public void An_allowed_phrase_silences_overlapping_findings()
    {
        var options = new ToneEngineOptions();
        options.AllowedPhrases.Add("do it yourself kit");
        var engine = TestRules.Engine("en", "dismissal", "do it yourself", options: options);
        Assert.Empty(engine.Matches("Order the do-it-yourself kit."));
        Assert.Single(engine.Matches("Then do it yourself."));
    }

    [Fact]
    public void Overlapping_findings_of_different_rules_collapse_to_the_longest()
    {
        var result = Loading.RuleLoader.Parse("t.yaml", """
            language: en
            rules:
              - {id: en/a, category: condescension, message: m, patterns: [as we explained], suggestions: [x]}
              - {id: en/b, category: condescension, message: m, patterns: [as we already explained], suggestions: [y]}
            """);
        var engine = ToneEngine.Create(result.Rules);
        var finding = Assert.Single(engine.Analyze("As we already explained it."));
        Assert.Equal("en/b", finding.Rule.Id);
    }

    [Fact]
    public void The_engine_is_safe_to_share_between_threads()
    {
        var engine = TestRules.Engine("en", "owed-gratitude", "you should be grateful");
        var counts = Enumerable.Range(0, 64).AsParallel().Select(i => engine.Analyze(new string('x', i) + " you should be grateful " + i).Count).ToArray();
        Assert.All(counts, c => Assert.Equal(1, c));
    }
}
