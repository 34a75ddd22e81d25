using System;
using System.Collections.Generic;
using ToneAnalyzers;
using ToneCheck.Input;

namespace ToneCheck.Config;

/// <summary>The settings of one <c>.tonecheck.yaml</c> (or the defaults when there is none).</summary>
internal sealed class ToneCheckConfig
{
    public static readonly IReadOnlyList<string> DefaultFrontMatterKeys = new[] { "title", "description" };

    public ToneCheckConfig(string? path, string directory)
    {
        Path = path;
        Directory = directory;
    }

    /// <summary>The config file, or null for the built-in defaults.</summary>
    public string? Path { get; }

    /// <summary>The folder include/exclude patterns and rule file paths are relative to.</summary>
    public string Directory { get; }

    /// <summary>Languages every file is checked in (None = resolve per file).</summary>
    public ToneLanguage Languages { get; set; }

    public List<string> DisabledRules { get; } = new();

    public Dictionary<string, ToneSeverity> SeverityOverrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Absolute paths of custom rule files.</summary>
    public List<string> RuleFiles { get; } = new();

    public List<string> Include { get; } = new();

    public List<string> Exclude { get; } = new();

    public List<string> AllowedPhrases { get; } = new();

    public IReadOnlyList<string> FrontMatterKeys { get; set; } = DefaultFrontMatterKeys;

    /// <summary>Set by <see cref="ConfigResolver"/>: the compiled engine for these settings.</summary>
    public ToneEngine Engine { get; set; } = null!;

    public PathGlobs IncludeGlobs { get; private set; } = new(Array.Empty<string>());

    public PathGlobs ExcludeGlobs { get; private set; } = new(Array.Empty<string>());

    public void Freeze()
    {
        IncludeGlobs = new PathGlobs(Include);
        ExcludeGlobs = new PathGlobs(Exclude);
    }

    /// <summary>
    /// Which texts the statistical model judges: short texts (each paragraph of a message, template or resource
    /// file, each resource value) by default; Markdown documents only with <see cref="ModelScope.AllTexts"/>.
    /// </summary>
    public ModelScope ModelScope { get; set; } = ModelScope.ShortTexts;

    public ToneEngineOptions ToEngineOptions()
    {
        var options = new ToneEngineOptions { ModelScope = ModelScope == ModelScope.Off ? ModelScope.Off : ModelScope.ShortTexts };
        foreach (var id in DisabledRules)
        {
            options.DisabledRules.Add(id);
        }

        foreach (var pair in SeverityOverrides)
        {
            options.SeverityOverrides[pair.Key] = pair.Value;
        }

        foreach (var phrase in AllowedPhrases)
        {
            options.AllowedPhrases.Add(phrase);
        }

        return options;
    }
}

/// <summary>A problem in a config or rule file, reported as <c>path:line:col: error: message</c>.</summary>
internal sealed record ConfigError(string Path, int Line, int Column, string Message)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}: error: {Message}");
}
