using System.IO;
using System.Linq;
using ToneAnalyzers.Loading;

namespace ToneAnalyzers.Tests;

public class RulePackTests
{
    [Fact]
    public void The_compiled_rule_pack_matches_the_rule_files()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "ToneAnalyzers.Core", "Loading", "BuiltInRulePack.g.cs");
        var expected = RulePack.ToCSharp(RepositoryRules.Loaded.Rules);
        if (RepositoryRules.Regenerate)
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            expected == File.ReadAllText(path).ReplaceLineEndings("\n"),
            "BuiltInRulePack.g.cs is stale: run `TONE_REGENERATE=1 dotnet test tests/ToneAnalyzers.Core.Tests` and rebuild.");
    }

    [Fact]
    public void A_pack_round_trips_every_field()
    {
        var rules = RepositoryRules.Loaded.Rules;
        var back = RulePack.Deserialize(RulePack.Serialize(rules));
        Assert.Equal(rules.Count, back.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            var (a, b) = (rules[i], back[i]);
            Assert.Equal(
                (a.Id, a.Language, a.Category, a.Severity, a.Message, a.AutoFix, a.Source.ToString()),
                (b.Id, b.Language, b.Category, b.Severity, b.Message, b.AutoFix, b.Source.ToString()));
            Assert.Equal(a.Patterns, b.Patterns);
            Assert.Equal(a.Unless, b.Unless);
            Assert.Equal(a.Suggestions, b.Suggestions);
            Assert.Equal(a.BadExamples, b.BadExamples);
            Assert.Equal(a.GoodExamples, b.GoodExamples);
        }
    }

    [Fact]
    public void The_built_in_rules_are_the_rule_files()
    {
        Assert.Equal(RepositoryRules.Loaded.Rules.Select(r => r.Id), RuleLoader.BuiltIn.Rules.Select(r => r.Id));
    }

    [Theory]
    [InlineData(0)] // one field short
    [InlineData(2)] // one field too many
    public void A_damaged_record_is_a_format_error(int extraFields)
    {
        var fields = new[] { "en/x", "en", "owed-gratitude", "warning", "Message.", "a b", "", "", "manual", "", "", "rules/x.yaml" };
        var record = string.Join("\u001F", fields.Concat(Enumerable.Repeat("1", extraFields)));
        var good = string.Join("\u001F", fields.Append("1"));
        Assert.Throws<System.FormatException>(() => RulePack.Deserialize(good + "\u001E" + record));
    }

    [Fact]
    public void Empty_items_and_fields_survive_a_round_trip()
    {
        var fields = new[] { "en/x", "en", "owed-gratitude", "warning", "Message.", "a b\u001D\u001Dc d\u001D", "", "x", "auto", "", "", "rules/x.yaml", "7" };
        var rule = Assert.Single(RulePack.Deserialize(string.Join("\u001F", fields)));
        Assert.Equal(new[] { "a b", "", "c d", "" }, rule.Patterns);
        Assert.Empty(rule.Unless);
        Assert.Equal(new[] { "x" }, rule.Suggestions);
        Assert.True(rule.AutoFix);
        Assert.Equal(7, rule.Source.Line);
    }
}
