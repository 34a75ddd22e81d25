using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ToneAnalyzers.Matching;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ToneAnalyzers.Loading;

/// <summary>
/// Reads one rule file through YamlDotNet's node model, so every error can name the line and column of the
/// offending node. A broken rule is reported and skipped; the other rules of the file still load.
/// </summary>
internal sealed class RuleFileParser
{
    private static readonly string[] s_fileKeys = { "language", "words", "rules" };
    private static readonly string[] s_ruleKeys = { "id", "category", "severity", "message", "patterns", "unless", "suggestions", "fix", "examples", "note" };
    private static readonly string[] s_exampleKeys = { "bad", "good" };
    private static readonly Regex s_id = new("^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly string _path;
    private readonly string _yaml;
    private readonly List<RuleError> _errors = new();
    private readonly List<ToneRule> _rules = new();
    private readonly WordLists _words = new();

    public RuleFileParser(string path, string yaml)
    {
        _path = path;
        _yaml = yaml;
    }

    public RuleLoadResult Parse()
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(_yaml));
        }
        catch (YamlException e)
        {
            Error(e.Start, "The file is not valid YAML: " + Plain(e));
            return Result();
        }

        if (stream.Documents.Count == 0)
        {
            _errors.Add(new RuleError(_path, 1, 1, "The file is empty; expected 'language:' and 'rules:'."));
            return Result();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(stream.Documents[0].RootNode.Start, "Expected a mapping with 'language:' and 'rules:' at the top of the file.");
            return Result();
        }

        CheckKeys(root, s_fileKeys, "file");
        var languageNode = Get(root, "language");
        var language = ToneLanguage.None;
        if (languageNode is null)
        {
            Error(root.Start, "Missing 'language:' (one of en, ru, pl, sr).");
        }
        else
        {
            language = ToneLanguages.FromCultureName(Scalar(languageNode, "language"));
            if (language == ToneLanguage.None)
            {
                Error(languageNode.Start, $"Unknown language '{Scalar(languageNode, "language")}'; use one of en, ru, pl, sr.");
            }
        }

        if (Get(root, "words") is { } wordsNode)
        {
            ParseWordLists(wordsNode);
        }

        var rulesNode = Get(root, "rules");
        if (rulesNode is not YamlSequenceNode rules)
        {
            Error(rulesNode?.Start ?? root.Start, "Expected 'rules:' with a list of rules.");
            return Result();
        }

        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in rules)
        {
            if (node is not YamlMappingNode ruleNode)
            {
                Error(node.Start, "Each entry under 'rules:' must be a mapping with id, category, message, patterns and suggestions.");
                continue;
            }

            var rule = ParseRule(ruleNode, language);
            if (rule is null)
            {
                continue;
            }

            if (ids.TryGetValue(rule.Id, out var firstLine))
            {
                Error(ruleNode.Start, $"The rule id '{rule.Id}' is already used on line {firstLine}; rule ids must be unique.");
                continue;
            }

            ids.Add(rule.Id, rule.Source.Line);
            _rules.Add(rule);
        }

        return Result();
    }

    private ToneRule? ParseRule(YamlMappingNode node, ToneLanguage language)
    {
        var errorsBefore = _errors.Count;
        CheckKeys(node, s_ruleKeys, "rule");

        var id = RequiredScalar(node, "id", "a stable id such as 'acme/owed-gratitude'");
        if (id != null && !s_id.IsMatch(id))
        {
            Error(Get(node, "id")!.Start, $"The id '{id}' should look like 'en/owed-gratitude': lower-case words and dashes, with a '/' after the prefix.");
        }

        var categoryText = RequiredScalar(node, "category", "one of " + string.Join(", ", CategoryInfo.All.Select(c => c.Slug)));
        CategoryInfo? category = null;
        if (categoryText != null)
        {
            if (CategoryInfo.TryParseSlug(categoryText, out var found))
            {
                category = found;
            }
            else
            {
                Error(Get(node, "category")!.Start, $"Unknown category '{categoryText}'; use one of {string.Join(", ", CategoryInfo.All.Select(c => c.Slug))}.");
            }
        }

        var severity = category?.DefaultSeverity ?? ToneSeverity.Warning;
        var severityNode = Get(node, "severity");
        if (severityNode != null)
        {
            var text = Scalar(severityNode, "severity");
            if (!SeverityNames.TryParse(text, out severity))
            {
                Error(severityNode.Start, $"Unknown severity '{text}'; use error, warning, suggestion or hidden.");
            }
        }

        var message = RequiredScalar(node, "message", "what the phrase does to the customer");
        var patterns = Patterns(node, "patterns", required: true);
        var unless = Patterns(node, "unless", required: false);
        var suggestions = List(node, "suggestions", required: true);
        foreach (var (text, at) in suggestions)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Error(at, "A suggestion is empty; write the respectful wording that replaces the phrase.");
            }
        }

        var autoFix = false;
        var fixNode = Get(node, "fix");
        if (fixNode != null)
        {
            var text = Scalar(fixNode, "fix");
            if (string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
            {
                autoFix = true;
            }
            else if (!string.Equals(text, "manual", StringComparison.OrdinalIgnoreCase))
            {
                Error(fixNode.Start, $"Unknown fix mode '{text}'; use 'auto' (safe to apply unattended) or 'manual'.");
            }
        }

        IReadOnlyList<string> bad = Array.Empty<string>(), good = Array.Empty<string>();
        if (Get(node, "examples") is { } examplesNode)
        {
            if (examplesNode is YamlMappingNode examples)
            {
                CheckKeys(examples, s_exampleKeys, "examples");
                bad = List(examples, "bad", required: false).Select(p => p.Text).ToArray();
                good = List(examples, "good", required: false).Select(p => p.Text).ToArray();
            }
            else
            {
                Error(examplesNode.Start, "'examples:' must be a mapping with 'bad:' and 'good:' lists.");
            }
        }

        if (_errors.Count > errorsBefore || id is null || category is null || message is null || language == ToneLanguage.None)
        {
            return null;
        }

        return new ToneRule(
            id,
            language,
            category.Category,
            severity,
            message,
            patterns.Select(p => p.Text).ToArray(),
            unless.Select(p => p.Text).ToArray(),
            suggestions.Select(p => p.Text).ToArray(),
            autoFix,
            bad,
            good,
            new RuleSource(_path, (int)node.Start.Line));
    }

    /// <summary>
    /// <c>words:</c> maps a name to a list of alternatives (words, phrases or stems), used in patterns as
    /// <c>@name</c>. A list may not name another list: one level keeps every pattern readable on its own.
    /// </summary>
    private void ParseWordLists(YamlNode wordsNode)
    {
        if (wordsNode is YamlScalarNode { Value: null or "" })
        {
            return; // 'words:' with nothing (or only comments) under it
        }

        if (wordsNode is not YamlMappingNode words)
        {
            Error(wordsNode.Start, "'words:' must be a mapping from a name to a list of words, e.g. 'customer: [customer, client, user]'.");
            return;
        }

        foreach (var pair in words.Children)
        {
            var name = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (!WordLists.IsValidName(name))
            {
                Error(pair.Key.Start, $"The word list name '{name}' should be letters, digits, '_' or '-', starting with a letter (used in patterns as '@name').");
                continue;
            }

            var alternatives = new List<string>();
            var errorsBefore = _errors.Count;
            foreach (var (text, at) in Texts(pair.Value, "words: " + name))
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    Error(at, $"An entry of the word list '{name}' is empty.");
                }
                else if (text.IndexOf('@') >= 0)
                {
                    Error(at, $"The word list '{name}' refers to another list ('{text}'); write the words out, lists do not nest.");
                }
                else if (CheckPattern(text, at, "word list entry"))
                {
                    alternatives.Add(text.Trim());
                }
            }

            if (alternatives.Count == 0 && _errors.Count == errorsBefore)
            {
                Error(pair.Value.Start, $"The word list '{name}' is empty; give at least one word.");
            }

            if (alternatives.Count > 0)
            {
                _words.Add(name, alternatives);
            }
        }
    }

    private List<(string Text, Mark At)> Patterns(YamlMappingNode node, string key, bool required)
    {
        var list = List(node, key, required);
        for (var i = 0; i < list.Count; i++)
        {
            var (text, at) = list[i];
            if (!_words.TryExpand(text, out var expanded, out var unknownAt, out var unknownName))
            {
                var column = (int)at.Column + (IsPlainOnLine(at) ? unknownAt : 0);
                var known = _words.Count == 0 ? "this file defines no 'words:' lists" : "define it under 'words:' at the top of the file";
                _errors.Add(new RuleError(_path, (int)at.Line, column, $"Unknown word list '@{unknownName}' in \"{text}\"; {known}."));
                continue;
            }

            if (CheckPattern(expanded, at, "pattern", offsetsValid: ReferenceEquals(expanded, text)))
            {
                list[i] = (expanded, at);
            }
        }

        return list;
    }

    private bool CheckPattern(string text, Mark at, string what, bool offsetsValid = true)
    {
        try
        {
            PatternParser.Parse(text);
            return true;
        }
        catch (PatternSyntaxException e)
        {
            var column = (int)at.Column + (offsetsValid && IsPlainOnLine(at) ? e.Position : 0);
            _errors.Add(new RuleError(_path, (int)at.Line, column, $"Invalid {what} \"{text}\": {e.Message}"));
            return false;
        }
    }

    private bool IsPlainOnLine(Mark at) => at.Index >= 0 && at.Index < _yaml.Length && _yaml[(int)at.Index] is not '"' and not '\'';

    private List<(string Text, Mark At)> List(YamlMappingNode node, string key, bool required)
    {
        var result = new List<(string, Mark)>();
        var value = Get(node, key);
        if (value is null)
        {
            if (required)
            {
                Error(node.Start, $"Missing '{key}:'.");
            }

            return result;
        }

        result.AddRange(Texts(value, key));

        if (required && result.Count == 0)
        {
            Error(value.Start, $"'{key}:' is empty; give at least one.");
        }

        foreach (var (text, at) in result)
        {
            if (key is "patterns" or "unless" && string.IsNullOrWhiteSpace(text))
            {
                Error(at, $"An entry of '{key}:' is empty.");
            }
        }

        return result.Where(r => !(key is "patterns" or "unless" && string.IsNullOrWhiteSpace(r.Item1))).ToList();
    }

    /// <summary>A single text or a list of texts, each with where it stands in the file.</summary>
    private List<(string Text, Mark At)> Texts(YamlNode value, string key)
    {
        var result = new List<(string, Mark)>();
        if (value is YamlScalarNode single)
        {
            result.Add((single.Value ?? string.Empty, single.Start));
        }
        else if (value is YamlSequenceNode sequence)
        {
            foreach (var item in sequence)
            {
                if (item is YamlScalarNode scalar)
                {
                    result.Add((scalar.Value ?? string.Empty, scalar.Start));
                }
                else
                {
                    Error(item.Start, $"Each entry of '{key}:' must be text.");
                }
            }
        }
        else
        {
            Error(value.Start, $"'{key}:' must be a list of texts.");
        }

        return result;
    }

    private string? RequiredScalar(YamlMappingNode node, string key, string what)
    {
        var value = Get(node, key);
        if (value is null)
        {
            Error(node.Start, $"Missing '{key}:' ({what}).");
            return null;
        }

        if (value is not YamlScalarNode)
        {
            Error(value.Start, $"'{key}:' must be a single value.");
            return null;
        }

        var text = Scalar(value, key);
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(value.Start, $"'{key}:' is empty ({what}).");
            return null;
        }

        return text;
    }

    private string? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value?.Trim();
        }

        Error(node.Start, $"'{key}:' must be a single value.");
        return null;
    }

    private void CheckKeys(YamlMappingNode node, string[] known, string where)
    {
        foreach (var pair in node.Children)
        {
            var key = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(known, key) < 0)
            {
                var hint = known.FirstOrDefault(k => k.StartsWith(key, StringComparison.OrdinalIgnoreCase) || key.StartsWith(k, StringComparison.OrdinalIgnoreCase));
                Error(pair.Key.Start, $"Unknown key '{key}' in a {where}" + (hint != null ? $"; did you mean '{hint}'?" : $"; known keys: {string.Join(", ", known)}."));
            }
        }
    }

    private static YamlNode? Get(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private void Error(Mark at, string message) => _errors.Add(new RuleError(_path, (int)at.Line, (int)at.Column, message));

    private static string Plain(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return paren >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(paren + 3) : message;
    }

    private RuleLoadResult Result() => new(_rules, _errors);
}
