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
}
