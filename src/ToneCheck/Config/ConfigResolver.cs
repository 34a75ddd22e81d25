using System;
using System.Collections.Generic;
using System.IO;
using ToneAnalyzers;
using ToneAnalyzers.Loading;
using ToneCheck.Input;

namespace ToneCheck.Config;

/// <summary>
/// Finds the configuration of each file (the nearest <c>.tonecheck.yaml</c> walking up, or --config) and compiles one
/// engine per distinct configuration. Runs before checking starts, so every config error is known up front.
/// </summary>
internal sealed class ConfigResolver
{
    private readonly string _cwd;
    private readonly ToneLanguage _languageOverride;
    private readonly ModelScope? _modelOverride;
    private readonly ToneCheckConfig? _explicit;
    private readonly Dictionary<string, ToneCheckConfig> _byDirectory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ToneCheckConfig> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ToneEngine> _engines = new(StringComparer.Ordinal);
    private ToneCheckConfig? _defaults;

    public ConfigResolver(string workingDirectory, string? explicitConfig, ToneLanguage languageOverride, ModelScope? modelOverride = null)
    {
        _modelOverride = modelOverride;
        _cwd = workingDirectory;
        _languageOverride = languageOverride;
        if (explicitConfig is not null)
        {
            var full = Path.GetFullPath(explicitConfig, workingDirectory);
            if (!File.Exists(full))
            {
                Errors.Add(new ConfigError(explicitConfig, 1, 1, "config file not found"));
            }
            else
            {
                _explicit = Prepare(ConfigLoader.Load(full, InputDiscovery.Display(workingDirectory, full), Errors));
            }
        }
    }

    public List<ConfigError> Errors { get; } = new();

    public ToneCheckConfig For(InputFile file)
    {
        if (_explicit is not null)
        {
            return _explicit;
        }

        var directory = Path.GetDirectoryName(file.FullPath) ?? _cwd;
        return ForDirectory(directory);
    }

    private ToneCheckConfig ForDirectory(string directory)
    {
        if (_byDirectory.TryGetValue(directory, out var cached))
        {
            return cached;
        }

        ToneCheckConfig? config = null;
        foreach (var name in ConfigLoader.FileNames)
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                if (!_byFile.TryGetValue(candidate, out config))
                {
                    config = Prepare(ConfigLoader.Load(candidate, InputDiscovery.Display(_cwd, candidate), Errors));
                    _byFile[candidate] = config;
                }

                break;
            }
        }

        if (config is null)
        {
            var parent = Path.GetDirectoryName(directory);
            config = parent is null || parent == directory ? Defaults() : ForDirectory(parent);
        }

        _byDirectory[directory] = config;
        return config;
    }

    private ToneCheckConfig Defaults()
    {
        if (_defaults is null)
        {
            var config = new ToneCheckConfig(null, _cwd);
            config.Freeze();
            _defaults = Prepare(config);
        }

        return _defaults;
    }

    private ToneCheckConfig Prepare(ToneCheckConfig config)
    {
        if (_languageOverride != ToneLanguage.None)
        {
            config.Languages = _languageOverride;
        }

        if (_modelOverride is { } model)
        {
            config.ModelScope = model;
        }

        var options = config.ToEngineOptions();
        var key = options.CacheKey() + "|r:" + string.Join("|", config.RuleFiles);
        if (_engines.TryGetValue(key, out var engine))
        {
            config.Engine = engine;
            return config;
        }

        if (config.RuleFiles.Count == 0 && key == ToneEngineOptions.Default.CacheKey() + "|r:")
        {
            engine = ToneEngine.BuiltIn;
        }
        else
        {
            var results = new List<RuleLoadResult> { RuleLoader.BuiltIn };
            foreach (var file in config.RuleFiles)
            {
                results.Add(RuleLoader.LoadFile(file));
            }

            var combined = RuleLoadResult.Combine(results);
            foreach (var e in combined.Errors)
            {
                Errors.Add(new ConfigError(InputDiscovery.Display(_cwd, Path.GetFullPath(e.Path, _cwd)), e.Line, e.Column, e.Message));
            }

            try
            {
                engine = ToneEngine.Create(combined.Rules, options);
            }
            catch (ToneAnalyzers.Matching.PatternSyntaxException e)
            {
                // Not expected: ConfigLoader checks every allowed phrase and reports a bad one at its position.
                Errors.Add(new ConfigError(config.Path is null ? "--config" : InputDiscovery.Display(_cwd, config.Path), 1, 1, "invalid allowed phrase: " + e.Message));
                engine = ToneEngine.BuiltIn;
            }
        }

        _engines[key] = engine;
        config.Engine = engine;
        return config;
    }
}
