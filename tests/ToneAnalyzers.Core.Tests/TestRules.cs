using System.Linq;
using ToneAnalyzers.Loading;

namespace ToneAnalyzers.Tests;

/// <summary>Builds small engines from inline rule files, so engine tests do not depend on the built-in rule packs.</summary>
internal static class TestRules
{
    /// <summary>Engine tests check the pattern language, so the statistical model stays out of them.</summary>
    public static ToneEngineOptions RulesOnly { get; } = new() { ModelScope = ModelScope.Off };

    public static ToneEngine Engine(string language, string category, string pattern, string? unless = null, ToneEngineOptions? options = null, string suggestion = "thank you")
    {
        var yaml = $"""
            language: {language}
            rules:
              - id: {language}/test
                category: {category}
                message: test rule
                patterns: ["{pattern}"]
                unless: [{(unless is null ? string.Empty : "\"" + unless + "\"")}]
                suggestions: ["{suggestion}"]
            """;
        var result = RuleLoader.Parse("test.yaml", yaml);
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        return ToneEngine.Create(result.Rules, options ?? RulesOnly);
    }

    public static string[] Matches(this ToneEngine engine, string text, ToneLanguage language = ToneLanguage.All) =>
        engine.Analyze(text, language).Select(f => f.MatchedText).ToArray();
}
