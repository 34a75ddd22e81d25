using System;
using System.IO;
using System.Linq;
using ToneAnalyzers.Loading;

namespace ToneAnalyzers.Tests;

/// <summary>
/// The rules as written in rules/*.yaml, read from disk, so rule authors test what they just edited;
/// <see cref="RulePackTests"/> checks that the pack compiled into the engine is the same.
/// </summary>
internal static class RepositoryRules
{
    private static readonly Lazy<RuleLoadResult> s_loaded = new(() =>
        RuleLoadResult.Combine(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "rules"), "*.yaml")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => RuleLoader.Parse("rules/" + Path.GetFileName(p), File.ReadAllBytes(p)))));

    private static readonly Lazy<ToneEngine> s_engine = new(() => ToneEngine.Create(s_loaded.Value.Rules));

    private static readonly Lazy<ToneEngine> s_rulesOnly = new(() => ToneEngine.Create(s_loaded.Value.Rules, TestRules.RulesOnly));

    public static RuleLoadResult Loaded => s_loaded.Value;

    /// <summary>The rules as the product runs them: with the statistical model on short texts.</summary>
    public static ToneEngine Engine => s_engine.Value;

    /// <summary>The rules alone, for tests of what each rule matches.</summary>
    public static ToneEngine RulesOnlyEngine => s_rulesOnly.Value;

    /// <summary>Set TONE_REGENERATE=1 to rewrite generated files (rule pack, docs lists) instead of failing on drift.</summary>
    public static bool Regenerate => Environment.GetEnvironmentVariable("TONE_REGENERATE") == "1";
}
