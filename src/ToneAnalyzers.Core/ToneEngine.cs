using System;
using System.Collections.Generic;
using ToneAnalyzers.Loading;
using ToneAnalyzers.Matching;
using ToneAnalyzers.Text;

namespace ToneAnalyzers;

/// <summary>
/// The matching engine shared by the analyzers and the checker. Compile once (all rules become one automaton),
/// then call <see cref="Analyze(string, ToneLanguage)"/> from any number of threads.
/// </summary>
public sealed class ToneEngine
{
    private static readonly Lazy<ToneEngine> s_builtIn = new(() => Create(RuleLoader.BuiltIn.Rules));

    [ThreadStatic]
    private static AutomatonScanner? t_scanner;

    private readonly ToneRule[] _rules;
    private readonly ToneSeverity[] _severities;
    private readonly Automaton _automaton;

    private ToneEngine(ToneRule[] rules, ToneSeverity[] severities, Automaton automaton, ToneEngineOptions options)
    {
        _rules = rules;
        _severities = severities;
        _automaton = automaton;
        Options = options;
    }

    /// <summary>The built-in rules of all four languages with default options.</summary>
    public static ToneEngine BuiltIn => s_builtIn.Value;

    /// <summary>The rules this engine checks (disabled ones left out).</summary>
    public IReadOnlyList<ToneRule> Rules => _rules;

    public ToneEngineOptions Options { get; }

    /// <summary>Compiles rules into one engine. Patterns must be valid (rules from <see cref="RuleLoader"/> are).</summary>
    /// <exception cref="PatternSyntaxException">A pattern of a rule built by hand is invalid.</exception>
    public static ToneEngine Create(IEnumerable<ToneRule> rules, ToneEngineOptions? options = null)
    {
        options ??= ToneEngineOptions.Default;
        var active = new List<ToneRule>();
        var severities = new List<ToneSeverity>();
        var builder = new AutomatonBuilder();
        foreach (var rule in rules)
        {
            if (options.IsDisabled(rule))
            {
                continue;
            }

            var index = active.Count;
            active.Add(rule);
            severities.Add(options.SeverityOf(rule));
            foreach (var pattern in rule.Patterns)
            {
                builder.Add(PatternParser.Parse(pattern), new PatternInfo(PatternKind.Rule, index));
            }

            foreach (var pattern in rule.Unless)
            {
                builder.Add(PatternParser.Parse(pattern), new PatternInfo(PatternKind.Unless, index));
            }
        }

        foreach (var phrase in options.AllowedPhrases)
        {
            builder.Add(PatternParser.Parse(phrase), new PatternInfo(PatternKind.Allow, -1));
        }

        return new ToneEngine(active.ToArray(), severities.ToArray(), builder.Build(), options);
    }

    /// <summary>Finds flagged phrases in <paramref name="text"/>. <see cref="ToneLanguage.None"/> detects the language from the text.</summary>
    public IReadOnlyList<Finding> Analyze(string text, ToneLanguage languages = ToneLanguage.None) =>
        Analyze(text, 0, text.Length, languages);

    /// <summary>Finds flagged phrases in a slice of <paramref name="text"/>; offsets in the findings are offsets in <paramref name="text"/>.</summary>
    public IReadOnlyList<Finding> Analyze(string text, int start, int length, ToneLanguage languages = ToneLanguage.None)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (start < 0 || length < 0 || start + length > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        if (languages == ToneLanguage.None)
        {
            languages = LanguageDetector.Detect(text, start, length);
        }

        var scanner = t_scanner ??= new AutomatonScanner();
        scanner.Scan(_automaton, text, start, length);
        if (scanner.Matches.Count == 0)
        {
            return Array.Empty<Finding>();
        }

        return MatchSelector.Select(scanner, _automaton.Patterns, _rules, languages, (rule, first, last) => CreateFinding(text, scanner.Tokens, rule, first, last));
    }

    private Finding CreateFinding(string text, TokenList tokens, int ruleIndex, int first, int last)
    {
        var rule = _rules[ruleIndex];
        var start = tokens.Start[first];
        var end = tokens.End[last];
        var matched = text.Substring(start, end - start);
        var suggestions = new string[rule.Suggestions.Count];
        for (var i = 0; i < suggestions.Length; i++)
        {
            suggestions[i] = SuggestionRenderer.Render(rule.Suggestions[i], matched);
        }

        return new Finding(rule, start, end - start, matched, _severities[ruleIndex], suggestions);
    }
}
