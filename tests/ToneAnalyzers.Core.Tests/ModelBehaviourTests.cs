using System.Linq;

namespace ToneAnalyzers.Tests;

/// <summary>The statistical second opinion: where it speaks, where it keeps quiet, and how a team switches it off.</summary>
public class ModelBehaviourTests
{
    private const string GuiltTrip = "Leaving now means the whole team loses the discount you all worked for.";

    private static ToneEngine Engine(ToneEngineOptions? options = null) => ToneEngine.Create(RepositoryRules.Loaded.Rules, options);

    [Fact]
    public void A_message_no_rule_lists_is_judged_as_a_whole_and_reported_under_its_category()
    {
        Assert.Empty(RepositoryRules.RulesOnlyEngine.Analyze(GuiltTrip, ToneLanguage.English));
        var finding = Assert.Single(RepositoryRules.Engine.Analyze(GuiltTrip, ToneLanguage.English));
        Assert.Equal("en/model-manipulative-pressure", finding.Rule.Id);
        Assert.Equal("TONE007", finding.DiagnosticId);
        Assert.Equal(GuiltTrip.TrimEnd('.'), finding.MatchedText);
        Assert.Empty(finding.Suggestions); // no automatic rewrite of a whole sentence
    }

    [Theory]
    [InlineData("en", "You can do it yourself in Settings, or we can do it for you.")]
    [InlineData("en", "You should receive an email within a few minutes.")]
    [InlineData("en", "We're grateful for your patience.")]
    [InlineData("en", "You must be signed in to view this page.")]
    [InlineData("en", "This offer ends on 30 November.")]
    [InlineData("en", "We owe you an apology.")]
    [InlineData("en", "You have the right to a refund.")]
    [InlineData("en", "Are you sure you want to delete this file?")]
    [InlineData("ru", "Вы имеете право на возврат денег в течение 14 дней.")]
    [InlineData("pl", "Ma Pan prawo do zwrotu pieniędzy w ciągu 14 dni.")]
    [InlineData("sr", "Imate pravo na povraćaj novca u roku od 14 dana.")]
    public void The_taxonomy_near_misses_stay_silent(string language, string text) =>
        Assert.Empty(RepositoryRules.Engine.Analyze(text, ToneLanguages.FromCultureName(language)).Select(f => f.ToString()));

    [Fact]
    public void Long_documents_are_left_to_the_rules_unless_asked()
    {
        var document = string.Join(" ", Enumerable.Repeat(GuiltTrip, ModelScopes.ShortTextSentences + 1));
        Assert.Empty(RepositoryRules.Engine.Analyze(document, ToneLanguage.English));
        Assert.Single(Engine(new ToneEngineOptions { ModelScope = ModelScope.AllTexts }).Analyze(document, ToneLanguage.English));
    }

    [Fact]
    public void A_team_switches_it_off_entirely_or_by_rule_or_category()
    {
        Assert.Empty(Engine(new ToneEngineOptions { ModelScope = ModelScope.Off }).Analyze(GuiltTrip, ToneLanguage.English));
        var byRule = new ToneEngineOptions();
        byRule.DisabledRules.Add("en/model-manipulative-pressure");
        Assert.Empty(Engine(byRule).Analyze(GuiltTrip, ToneLanguage.English));
        var byCategory = new ToneEngineOptions();
        byCategory.DisabledRules.Add("TONE007");
        Assert.Empty(Engine(byCategory).Analyze(GuiltTrip, ToneLanguage.English));
    }

    [Fact]
    public void Allowed_phrases_and_disabled_rules_keep_the_model_out_of_their_text()
    {
        var allowed = new ToneEngineOptions();
        allowed.AllowedPhrases.Add("the whole team");
        Assert.Empty(Engine(allowed).Analyze(GuiltTrip, ToneLanguage.English));

        // The team accepts "you should be grateful": the model must not report the same sentence in the rule's place.
        var disabled = new ToneEngineOptions();
        disabled.DisabledRules.Add("en/owed-gratitude");
        Assert.NotEmpty(RepositoryRules.Engine.Analyze("Honestly, you should be grateful that we replied at all.", ToneLanguage.English));
        Assert.DoesNotContain(
            Engine(disabled).Analyze("Honestly, you should be grateful that we replied at all.", ToneLanguage.English),
            f => f.Rule.Id.Contains("/model-", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en/model-condescension", true)]
    [InlineData("sr/model-hollow-platitude", true)]
    [InlineData("en/model-rude", false)]
    [InlineData("xx/model-blame", false)]
    [InlineData("en/owed-gratitude", false)]
    public void Model_rule_ids_are_recognised_in_settings(string id, bool expected) =>
        Assert.Equal(expected, ModelScopes.IsModelRuleId(id));
}
