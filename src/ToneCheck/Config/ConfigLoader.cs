using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ToneAnalyzers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ToneCheck.Config;

/// <summary>
/// Reads <c>.tonecheck.yaml</c>. Unknown keys, bad values and unreadable files are errors with a position; the
/// caller stops with exit code 2 rather than checking with a configuration the team did not mean.
/// </summary>
internal static class ConfigLoader
{
    public const string FileName = ".tonecheck.yaml";

    public static readonly string[] FileNames = { ".tonecheck.yaml", ".tonecheck.yml" };

    public static ToneCheckConfig Load(string path, string displayPath, List<ConfigError> errors)
    {
        var directory = System.IO.Path.GetDirectoryName(path) ?? ".";
        var config = new ToneCheckConfig(path, directory);
        string text;
        try
        {
            var bytes = File.ReadAllBytes(path);
            text = new UTF8Encoding(false, true).GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            errors.Add(new ConfigError(displayPath, 1, 1, e is DecoderFallbackException ? "the file is not valid UTF-8" : "cannot read the file: " + e.Message));
            return config;
        }

        Parse(text, displayPath, config, errors);
        config.Freeze();
        return config;
    }

    public static void Parse(string text, string displayPath, ToneCheckConfig config, List<ConfigError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors.Add(new ConfigError(displayPath, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column), "invalid YAML: " + Clean(e.Message)));
            return;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return; // an empty file means the defaults
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(stream.Documents[0].RootNode, "the configuration must be a mapping of keys (languages, disable, severity, rules, include, exclude, allow, frontMatterKeys)");
            return;
        }

        foreach (var pair in root.Children)
        {
            var key = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
            var value = pair.Value;
            switch (key)
            {
                case "languages":
                case "language":
                    var languages = ToneLanguage.None;
                    foreach (var (item, node) in Strings(value))
                    {
                        var language = string.Equals(item, "all", StringComparison.OrdinalIgnoreCase) ? ToneLanguage.All : ToneLanguages.FromCultureName(item);
                        if (language == ToneLanguage.None)
                        {
                            Error(node, $"unknown language '{item}'; use en, ru, pl, sr or all");
                        }

                        languages |= language;
                    }

                    config.Languages = languages;
                    break;
                case "disable":
                case "disabledRules":
                    foreach (var (item, node) in Strings(value))
                    {
                        if (!IsKnownRuleKey(item))
                        {
                            Error(node, $"unknown rule '{item}'; use a diagnostic id (TONE003), a category (condescension) or a rule id (en/owed-gratitude)");
                        }

                        config.DisabledRules.Add(item);
                    }

                    break;
                case "severity":
                case "severities":
                    if (value is not YamlMappingNode map)
                    {
                        Error(value, "'severity' must map rule ids, diagnostic ids or categories to error, warning, suggestion or hidden");
                        break;
                    }

                    foreach (var entry in map.Children)
                    {
                        var id = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
                        var sevText = (entry.Value as YamlScalarNode)?.Value ?? string.Empty;
                        if (!IsKnownRuleKey(id))
                        {
                            Error(entry.Key, $"unknown rule '{id}'");
                        }

                        if (!SeverityNames.TryParse(sevText, out var severity))
                        {
                            Error(entry.Value, $"unknown severity '{sevText}'; use error, warning, suggestion or hidden");
                            continue;
                        }

                        config.SeverityOverrides[id] = severity;
                    }

                    break;
                case "rules":
                    foreach (var (item, node) in Strings(value))
                    {
                        var full = System.IO.Path.GetFullPath(item, config.Directory);
                        if (!File.Exists(full))
                        {
                            Error(node, $"rule file '{item}' not found");
                            continue;
                        }

                        config.RuleFiles.Add(full);
                    }

                    break;
                case "include":
                    config.Include.AddRange(Values(value));
                    break;
                case "exclude":
                case "ignore":
                    config.Exclude.AddRange(Values(value));
                    break;
                case "allow":
                case "allowedPhrases":
                    foreach (var (phrase, node) in Strings(value))
                    {
                        // Checked here, so a bad phrase is reported where it is written (not as a failure to build the engine).
                        if (ToneEngine.ValidatePattern(phrase) is { } bad)
                        {
                            var (line, column) = PositionIn(node, phrase, bad.Position);
                            errors.Add(new ConfigError(displayPath, line, column, $"invalid allowed phrase '{phrase}': {bad.Message}"));
                        }
                        else
                        {
                            config.AllowedPhrases.Add(phrase);
                        }
                    }

                    break;
                case "model":
                    if (value is YamlScalarNode { Value: { } modelText } && ModelScopes.TryParse(modelText, out var scope))
                    {
                        config.ModelScope = scope;
                    }
                    else
                    {
                        Error(value, "unknown model scope; use short, all or off");
                    }

                    break;
                case "frontMatterKeys":
                case "front-matter-keys":
                    config.FrontMatterKeys = new List<string>(Values(value));
                    break;
                default:
                    Error(pair.Key, $"unknown key '{key}'; expected languages, disable, severity, rules, include, exclude, allow, model or frontMatterKeys");
                    break;
            }
        }

        void Error(YamlNode node, string message) =>
            errors.Add(new ConfigError(displayPath, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column), message));

        IEnumerable<(string Value, YamlNode Node)> Strings(YamlNode node)
        {
            if (node is YamlSequenceNode sequence)
            {
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
                    {
                        yield return (v.Trim(), child);
                    }
                    else
                    {
                        Error(child, "expected a plain value");
                    }
                }
            }
            else if (node is YamlScalarNode { Value: { } scalar })
            {
                foreach (var part in scalar.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return (part, node);
                }
            }
            else
            {
                Error(node, "expected a value or a list of values");
            }
        }

        IEnumerable<string> Values(YamlNode node)
        {
            foreach (var (v, _) in Strings(node))
            {
                yield return v;
            }
        }
    }

    /// <summary>
    /// 1-based line and column of character <paramref name="offset"/> of <paramref name="phrase"/>, a value of the scalar
    /// <paramref name="node"/> (one item of a list, or one part of a comma-separated value). Exact for values written on
    /// one line; for a value folded over several lines, the start of the value.
    /// </summary>
    private static (int Line, int Column) PositionIn(YamlNode node, string phrase, int offset)
    {
        var line = (int)Math.Max(1, node.Start.Line);
        var column = (int)Math.Max(1, node.Start.Column);
        if (node is not YamlScalarNode { Value: { } value } scalar || node.End.Line != node.Start.Line)
        {
            return (line, column);
        }

        var index = value.IndexOf(phrase, StringComparison.Ordinal);
        var quote = scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted ? 1 : 0;
        return index < 0 ? (line, column) : (line, column + quote + index + Math.Clamp(offset, 0, phrase.Length));
    }

    /// <summary>Diagnostic ids and category slugs are checked; rule ids ("xx/slug") are accepted in form only (custom rules may define them).</summary>
    private static bool IsKnownRuleKey(string id) =>
        CategoryInfo.TryParseSlug(id, out _) || (id.Length > 3 && id[2] == '/');

    private static string Clean(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith('(') ? message[(index + 3)..] : message;
    }
}
