using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ToneAnalyzers.Analyzers.Configuration;

/// <summary>Which C# strings are checked (<c>tone_analyzers.csharp_strings</c>).</summary>
public enum CSharpStringScope
{
    /// <summary>Every string literal (attribute arguments only of attributes users read).</summary>
    All,

    /// <summary>Only strings inside types or members marked with an attribute named <c>CustomerFacing</c>, and attribute arguments users read.</summary>
    CustomerFacing,

    /// <summary>No C# strings.</summary>
    None,
}

/// <summary>
/// The <c>tone_analyzers.*</c> settings of one file, read from .editorconfig / .globalconfig (file options first, then global
/// options, then the MSBuild property made visible by the package's props, then the default).
/// </summary>
public sealed class ToneSettings
{
    public const string LanguagesKey = "tone_analyzers.languages";
    public const string DefaultLanguageKey = "tone_analyzers.default_language";
    public const string CSharpStringsKey = "tone_analyzers.csharp_strings";
    public const string DisabledRulesKey = "tone_analyzers.disabled_rules";
    public const string AllowedPhrasesKey = "tone_analyzers.allowed_phrases";
    public const string EnabledKey = "tone_analyzers.enabled";
    public const string ModelKey = "tone_analyzers.model";

    private static readonly (string Key, string Property)[] s_propertyFallbacks =
    {
        (LanguagesKey, "build_property.ToneAnalyzersLanguages"),
        (DefaultLanguageKey, "build_property.ToneAnalyzersDefaultLanguage"),
        (CSharpStringsKey, "build_property.ToneAnalyzersCSharpStrings"),
        (DisabledRulesKey, "build_property.ToneAnalyzersDisabledRules"),
        (AllowedPhrasesKey, "build_property.ToneAnalyzersAllowedPhrases"),
        (EnabledKey, "build_property.ToneAnalyzersEnabled"),
        (ModelKey, "build_property.ToneAnalyzersModel"),
    };

    private ToneSettings(bool enabled, ToneLanguage languages, ToneLanguage defaultLanguage, CSharpStringScope scope, ToneEngineOptions engineOptions, ImmutableArray<string> problems, bool modelForAllStrings)
    {
        ModelJudgesCSharpStrings = engineOptions.ModelScope != ModelScope.Off && (modelForAllStrings || scope == CSharpStringScope.CustomerFacing);
        Problems = problems;
        Enabled = enabled;
        Languages = languages;
        DefaultLanguage = defaultLanguage;
        CSharpStrings = scope;
        EngineOptions = engineOptions;
        EngineKey = engineOptions.CacheKey();
    }

    /// <summary><c>tone_analyzers.enabled = false</c> switches a file (or the project) off.</summary>
    public bool Enabled { get; }

    /// <summary>Languages to check (default all).</summary>
    public ToneLanguage Languages { get; }

    /// <summary>Language of neutral resources (default English).</summary>
    public ToneLanguage DefaultLanguage { get; }

    public CSharpStringScope CSharpStrings { get; }

    /// <summary>
    /// Whether the model also judges C# strings: by default only strings marked customer-facing (most other literals are
    /// log lines, messages for developers, SQL; resources and templates are customer text and always judged); set
    /// <c>tone_analyzers.model</c> explicitly to have it judge every string.
    /// </summary>
    public bool ModelJudgesCSharpStrings { get; }

    /// <summary>Disabled rules and allowed phrases, as engine options.</summary>
    public ToneEngineOptions EngineOptions { get; }

    /// <summary>Values that could not be understood (a misspelt language, say), each said in a sentence; the default applies instead.</summary>
    public ImmutableArray<string> Problems { get; }

    /// <summary>The cache key of <see cref="EngineOptions"/>.</summary>
    public string EngineKey { get; }

    /// <summary>The raw values of all keys, joined: files with the same key share one settings object (and engine).</summary>
    public static string RawKey(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var (key, _) in s_propertyFallbacks)
        {
            builder.Append(Get(fileOptions, globalOptions, key)).Append('\u0001');
        }

        return builder.ToString();
    }

    public static ToneSettings Read(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        var enabledText = Get(fileOptions, globalOptions, EnabledKey)?.Trim();
        var enabled = !string.Equals(enabledText, "false", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(enabledText) && enabled && !string.Equals(enabledText, "true", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Unknown(EnabledKey, enabledText!, "true or false"));
        }

        var languages = ToneLanguage.All;
        var languageText = Get(fileOptions, globalOptions, LanguagesKey);
        if (!string.IsNullOrWhiteSpace(languageText))
        {
            var parsed = ToneLanguages.ParseList(languageText, out var unknown);
            languages = parsed == ToneLanguage.None ? ToneLanguage.All : parsed;
            foreach (var name in unknown)
            {
                problems.Add(Unknown(LanguagesKey, name, "en, ru, pl, sr or all"));
            }
        }

        var defaultText = Get(fileOptions, globalOptions, DefaultLanguageKey);
        var defaultLanguage = ToneLanguages.FromCultureName(defaultText);
        if (defaultLanguage == ToneLanguage.None)
        {
            if (!string.IsNullOrWhiteSpace(defaultText))
            {
                problems.Add(Unknown(DefaultLanguageKey, defaultText!.Trim(), "en, ru, pl or sr; English is used"));
            }

            defaultLanguage = ToneLanguage.English;
        }

        var scope = CSharpStringScope.All;
        var scopeText = Get(fileOptions, globalOptions, CSharpStringsKey)?.Trim();
        switch (scopeText?.ToUpperInvariant())
        {
            case null or "" or "ALL" or "TRUE":
                break;
            case "CUSTOMER_FACING":
            case "CUSTOMERFACING":
            case "CUSTOMER-FACING":
                scope = CSharpStringScope.CustomerFacing;
                break;
            case "NONE":
            case "FALSE":
                scope = CSharpStringScope.None;
                break;
            default:
                problems.Add(Unknown(CSharpStringsKey, scopeText!, "all, customer_facing or none; all is used"));
                break;
        }

        var engineOptions = new ToneEngineOptions();
        var modelText = Get(fileOptions, globalOptions, ModelKey);
        var modelForAllStrings = false;
        if (!string.IsNullOrWhiteSpace(modelText))
        {
            if (ModelScopes.TryParse(modelText, out var modelScope))
            {
                engineOptions.ModelScope = modelScope;
                modelForAllStrings = true;
            }
            else
            {
                problems.Add(Unknown(ModelKey, modelText!.Trim(), "short, all or off; short is used"));
            }
        }

        foreach (var id in Split(Get(fileOptions, globalOptions, DisabledRulesKey), ',', ';', ' '))
        {
            engineOptions.DisabledRules.Add(id);
        }

        foreach (var phrase in Split(Get(fileOptions, globalOptions, AllowedPhrasesKey), ';'))
        {
            engineOptions.AllowedPhrases.Add(phrase);
        }

        return new ToneSettings(enabled, languages, defaultLanguage, scope, engineOptions, problems.ToImmutable(), modelForAllStrings);
    }

    private static string Unknown(string key, string value, string expected) =>
        "'" + value + "' is not a value of " + key + " (expected " + expected + ")";

    private static string? Get(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions, string key)
    {
        if (fileOptions.TryGetValue(key, out var value) || globalOptions.TryGetValue(key, out value))
        {
            return value;
        }

        foreach (var (k, property) in s_propertyFallbacks)
        {
            if (k == key && globalOptions.TryGetValue(property, out value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }

    private static IEnumerable<string> Split(string? text, params char[] separators)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        foreach (var part in text!.Split(separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }
}
