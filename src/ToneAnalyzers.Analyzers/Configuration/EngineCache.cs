using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneAnalyzers.Loading;

namespace ToneAnalyzers.Analyzers.Configuration;

/// <summary>The rules of one compilation: the built-in ones merged with the project's rule files, and their load errors.</summary>
public sealed class ToneRuleSet
{
    internal ToneRuleSet(string key, RuleLoadResult result)
    {
        Key = key;
        Result = result;
    }

    /// <summary>A hash of the rule files' paths and contents; empty when only built-in rules are used.</summary>
    public string Key { get; }

    public RuleLoadResult Result { get; }
}

/// <summary>A compiled engine and the configuration problems met while compiling it (an invalid allowed phrase).</summary>
public sealed class EngineEntry
{
    internal EngineEntry(ToneEngine engine, ImmutableArray<string> problems)
    {
        Engine = engine;
        Problems = problems;
    }

    public ToneEngine Engine { get; }

    public ImmutableArray<string> Problems { get; }
}

/// <summary>
/// Caches rule sets and compiled engines across compilations (the IDE makes a new compilation on each keystroke), keyed by the
/// content of the rule files and the engine options, so the rules are parsed and compiled once, not per compilation or literal.
/// </summary>
public static class EngineCache
{
    private const int MaxEntries = 64;
    private static readonly ConcurrentDictionary<string, Lazy<ToneRuleSet>> s_ruleSets = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<EngineEntry>> s_engines = new(StringComparer.Ordinal);

    /// <summary>True for AdditionalFiles that hold custom rules: <c>*.tone.yaml</c>, <c>*.tonerules.yaml</c> (or .yml).</summary>
    public static bool IsRuleFile(string path)
    {
        var name = FileKinds.FileName(path);
        return name.EndsWith(".tone.yaml", StringComparison.OrdinalIgnoreCase) ||
               name.EndsWith(".tone.yml", StringComparison.OrdinalIgnoreCase) ||
               name.EndsWith(".tonerules.yaml", StringComparison.OrdinalIgnoreCase) ||
               name.EndsWith(".tonerules.yml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The rule set for these rule files (built-ins first, then the files in path order).</summary>
    public static ToneRuleSet GetRuleSet(IReadOnlyList<(string Path, SourceText? Text)> ruleFiles)
    {
        if (ruleFiles.Count == 0)
        {
            return s_ruleSets.GetOrAdd(string.Empty, _ => new Lazy<ToneRuleSet>(() => new ToneRuleSet(string.Empty, RuleLoader.BuiltIn))).Value;
        }

        var sorted = new List<(string Path, SourceText? Text)>(ruleFiles);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var key = Hash(sorted);
        if (s_ruleSets.TryGetValue(key, out var cached))
        {
            return cached.Value;
        }

        Trim(s_ruleSets);
        return s_ruleSets.GetOrAdd(key, k => new Lazy<ToneRuleSet>(() => Load(k, sorted))).Value;
    }

    /// <summary>The engine for a rule set and engine options, compiled once.</summary>
    public static EngineEntry GetEngine(ToneRuleSet ruleSet, ToneSettings settings)
    {
        var key = ruleSet.Key + "\u0001" + settings.EngineKey;
        if (s_engines.TryGetValue(key, out var cached))
        {
            return cached.Value;
        }

        Trim(s_engines);
        return s_engines.GetOrAdd(key, _ => new Lazy<EngineEntry>(() => Compile(ruleSet, settings.EngineOptions))).Value;
    }

    private static ToneRuleSet Load(string key, List<(string Path, SourceText? Text)> files)
    {
        var results = new List<RuleLoadResult> { RuleLoader.BuiltIn };
        foreach (var (path, text) in files)
        {
            if (text is null)
            {
                results.Add(new RuleLoadResult(Array.Empty<ToneRule>(), new[] { new RuleError(path, 1, 1, "The rule file cannot be read.") }));
                continue;
            }

            results.Add(RuleLoader.Parse(path, text.ToString()));
        }

        return new ToneRuleSet(key, RuleLoadResult.Combine(results));
    }

    private static EngineEntry Compile(ToneRuleSet ruleSet, ToneEngineOptions options)
    {
        // Rules from RuleLoader are validated when loaded; the allowed phrases of the configuration are checked here, one by one, so an
        // invalid one is reported with its position and the others still apply.
        var problems = ImmutableArray.CreateBuilder<string>();
        var validPhrases = new List<string>();
        foreach (var phrase in options.AllowedPhrases)
        {
            if (ToneEngine.ValidatePattern(phrase) is { } error)
            {
                problems.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "the allowed phrase '{0}' of {1} is not a valid pattern (at character {2}: {3})",
                    phrase,
                    ToneSettings.AllowedPhrasesKey,
                    error.Position + 1,
                    error.Message));
            }
            else
            {
                validPhrases.Add(phrase);
            }
        }

        foreach (var id in options.DisabledRules)
        {
            if (!CategoryInfo.TryParseSlug(id, out _) && !HasRule(ruleSet, id) && !ModelScopes.IsModelRuleId(id))
            {
                problems.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "'{0}' in {1} is not a rule id (such as en/owed-gratitude), a diagnostic id (TONE001..TONE008) or a category",
                    id,
                    ToneSettings.DisabledRulesKey));
            }
        }

        var effective = options;
        if (validPhrases.Count < options.AllowedPhrases.Count)
        {
            // The same options without the phrases that do not parse.
            effective = new ToneEngineOptions();
            effective.DisabledRules.UnionWith(options.DisabledRules);
            foreach (var pair in options.SeverityOverrides)
            {
                effective.SeverityOverrides[pair.Key] = pair.Value;
            }

            foreach (var phrase in validPhrases)
            {
                effective.AllowedPhrases.Add(phrase);
            }
        }

        try
        {
            return new EngineEntry(ToneEngine.Create(ruleSet.Result.Rules, effective), problems.ToImmutable());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            problems.Add("the rules do not compile (" + e.Message + ")");
            return new EngineEntry(ToneEngine.Create(Array.Empty<ToneRule>()), problems.ToImmutable());
        }
    }

    private static bool HasRule(ToneRuleSet ruleSet, string id)
    {
        foreach (var rule in ruleSet.Result.Rules)
        {
            if (string.Equals(rule.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Trim<T>(ConcurrentDictionary<string, T> cache)
    {
        if (cache.Count > MaxEntries)
        {
            cache.Clear();
        }
    }

    private static string Hash(List<(string Path, SourceText? Text)> files)
    {
        // FNV-1a 64 over paths and contents, plus the total length: collisions are not a practical concern for a cache key.
        unchecked
        {
            var hash = 14695981039346656037UL;
            long length = 0;
            foreach (var (path, text) in files)
            {
                hash = Mix(hash, path);
                hash = Mix(hash, "\u0000");
                var content = text?.ToString() ?? "\u0002unreadable";
                hash = Mix(hash, content);
                length += content.Length;
            }

            var builder = new StringBuilder();
            builder.Append(hash.ToString("x16", CultureInfo.InvariantCulture)).Append('-').Append(length.ToString(CultureInfo.InvariantCulture)).Append('-').Append(files.Count.ToString(CultureInfo.InvariantCulture));
            return builder.ToString();
        }
    }

    private static ulong Mix(ulong hash, string text)
    {
        unchecked
        {
            foreach (var c in text)
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }

            return hash;
        }
    }
}
