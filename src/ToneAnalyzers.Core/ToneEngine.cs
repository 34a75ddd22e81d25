using System;
using System.Collections.Generic;
using System.Threading;
using ToneAnalyzers.Loading;
using ToneAnalyzers.Matching;
using ToneAnalyzers.Scoring;
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

    [ThreadStatic]
    private static ShortTextJudge? t_judge;

    private readonly ToneRule[] _rules;
    private readonly ToneSeverity[] _severities;
    private readonly CompiledRule?[] _compiled; // parsed on first use: a process checking English never parses Russian patterns
    private readonly SequenceNode[] _allowed;

    // One automaton per set of languages, built on first use: English text never walks Russian vocabulary.
    private readonly Automaton?[] _automata = new Automaton?[(int)ToneLanguage.All + 1];
    private readonly object[] _buildLocks = NewLocks((int)ToneLanguage.All + 1);

    // The statistical second opinion (null when switched off) and its per-language, per-category rules.
    private readonly ModelPack? _models;
    private readonly ModelRules? _modelRules;
    private readonly ToneRule[] _switchedOff; // rules the team disabled: their phrases still keep the model quiet
    private readonly SequenceNode[]?[] _switchedOffPatterns;

    private ToneEngine(ToneRule[] rules, ToneSeverity[] severities, CompiledRule?[] compiled, SequenceNode[] allowed, ToneEngineOptions options, ToneRule[] switchedOff)
    {
        _rules = rules;
        _severities = severities;
        _compiled = compiled;
        _allowed = allowed;
        Options = options;
        if (options.ModelScope != ModelScope.Off && ModelPack.BuiltIn.HasModels)
        {
            _models = ModelPack.BuiltIn;
            _modelRules = new ModelRules(options);
        }

        _switchedOff = _models is null ? Array.Empty<ToneRule>() : switchedOff;
        _switchedOffPatterns = new SequenceNode[]?[_switchedOff.Length];
    }

    /// <summary>The built-in rules of all four languages with default options.</summary>
    public static ToneEngine BuiltIn => s_builtIn.Value;

    /// <summary>The rules this engine checks (disabled ones left out).</summary>
    public IReadOnlyList<ToneRule> Rules => _rules;

    public ToneEngineOptions Options { get; }

    /// <summary>
    /// Prepares rules for matching. Patterns must be valid (rules from <see cref="RuleLoader"/> are; check hand-built
    /// ones with <see cref="ValidatePattern"/>): they are compiled per language on first use, one automaton per language set.
    /// </summary>
    /// <exception cref="PatternSyntaxException">An allowed phrase is invalid.</exception>
    public static ToneEngine Create(IEnumerable<ToneRule> rules, ToneEngineOptions? options = null)
    {
        options ??= ToneEngineOptions.Default;
        var active = new List<ToneRule>();
        var switchedOff = new List<ToneRule>();
        foreach (var rule in rules)
        {
            (options.IsDisabled(rule) ? switchedOff : active).Add(rule);
        }

        // An array, not a List<ToneSeverity>: a framework generic over our enum cannot be precompiled into our image.
        var severities = new ToneSeverity[active.Count];
        for (var i = 0; i < severities.Length; i++)
        {
            severities[i] = options.SeverityOf(active[i]);
        }

        var allowed = Parse(new List<string>(options.AllowedPhrases));
        return new ToneEngine(active.ToArray(), severities, new CompiledRule?[active.Count], allowed, options, switchedOff.ToArray());
    }

    /// <summary>Checks one pattern (an allowed phrase from a config file, say) without building an engine; null when it is valid.</summary>
    public static PatternSyntaxException? ValidatePattern(string pattern)
    {
        try
        {
            PatternParser.Parse(pattern ?? string.Empty);
            return null;
        }
        catch (PatternSyntaxException e)
        {
            return e;
        }
    }

    private static SequenceNode[] Parse(IReadOnlyList<string> patterns, WordInterner? words = null)
    {
        var result = new SequenceNode[patterns.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = PatternParser.Parse(patterns[i], words);
        }

        return result;
    }

    private static object[] NewLocks(int count)
    {
        var locks = new object[count];
        for (var i = 0; i < count; i++)
        {
            locks[i] = new object();
        }

        return locks;
    }

    internal Automaton AutomatonFor(ToneLanguage languages)
    {
        var slot = (int)(languages & ToneLanguage.All);
        var automaton = Volatile.Read(ref _automata[slot]);
        if (automaton != null)
        {
            return automaton;
        }

        // Threads that need the same automaton (tonecheck's workers, the compiler's threads) wait for one build instead
        // of each building a copy: with detection narrowing most text to English, the rarer sets are often first needed
        // by several threads at once. Different sets still build side by side.
        lock (_buildLocks[slot])
        {
            return Volatile.Read(ref _automata[slot]) ?? Build(languages, slot);
        }
    }

    private Automaton Build(ToneLanguage languages, int slot)
    {
        // Arrays, not a list of tuples: framework generics over our structs cannot be precompiled (ReadyToRun) into our image.
        var words = new WordInterner();
        var count = _allowed.Length;
        for (var i = 0; i < _switchedOff.Length; i++)
        {
            if ((_switchedOff[i].Language & languages) != 0)
            {
                count += (_switchedOffPatterns[i] ??= Parse(_switchedOff[i].Patterns, words)).Length;
            }
        }

        for (var i = 0; i < _rules.Length; i++)
        {
            if ((_rules[i].Language & languages) != 0)
            {
                var compiled = _compiled[i] ??= new CompiledRule(Parse(_rules[i].Patterns, words), Parse(_rules[i].Unless, words));
                count += compiled.Patterns.Length + compiled.Unless.Length;
            }
        }

        var patterns = new SequenceNode[count];
        var infos = new PatternInfo[count];
        var n = 0;
        for (var i = 0; i < _rules.Length; i++)
        {
            if ((_rules[i].Language & languages) != 0)
            {
                n = List(_compiled[i]!.Patterns, PatternKind.Rule, i, patterns, infos, n);
                n = List(_compiled[i]!.Unless, PatternKind.Unless, i, patterns, infos, n);
            }
        }

        for (var i = 0; i < _switchedOff.Length; i++)
        {
            if ((_switchedOff[i].Language & languages) != 0)
            {
                n = List(_switchedOffPatterns[i]!, PatternKind.Known, -1, patterns, infos, n);
            }
        }

        List(_allowed, PatternKind.Allow, -1, patterns, infos, n);
        var automaton = AutomatonBuilder.Build(patterns, infos);
        Volatile.Write(ref _automata[slot], automaton);
        return automaton;
    }

    /// <summary>Copies <paramref name="from"/> into the pattern list at <paramref name="at"/>, with what accepting each means; returns the next free index.</summary>
    private static int List(SequenceNode[] from, PatternKind kind, int rule, SequenceNode[] patterns, PatternInfo[] infos, int at)
    {
        foreach (var pattern in from)
        {
            patterns[at] = pattern;
            infos[at++] = new PatternInfo(kind, rule, pattern.Anchors);
        }

        return at;
    }

    /// <summary>Finds flagged phrases in <paramref name="text"/>. <see cref="ToneLanguage.None"/> detects the language from the text.</summary>
    public IReadOnlyList<Finding> Analyze(string text, ToneLanguage languages = ToneLanguage.None) =>
        Analyze(text, 0, text.Length, languages);

    /// <summary>Finds flagged phrases in a slice of <paramref name="text"/>; offsets in the findings are offsets in <paramref name="text"/>.</summary>
    public IReadOnlyList<Finding> Analyze(string text, int start, int length, ToneLanguage languages = ToneLanguage.None) =>
        Analyze(text, start, length, languages, judgeWithModel: true);

    /// <summary>
    /// As <see cref="Analyze(string, int, int, ToneLanguage)"/>; <paramref name="judgeWithModel"/> false leaves this text to the
    /// rules even where the options let the model judge (a caller that knows the text may not be customer-facing prose).
    /// </summary>
    public IReadOnlyList<Finding> Analyze(string text, int start, int length, ToneLanguage languages, bool judgeWithModel)
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

        var automaton = AutomatonFor(languages);
        var scanner = t_scanner ??= new AutomatonScanner();
        scanner.Scan(automaton, text, start, length);
        var findings = scanner.Matches.Count == 0
            ? Array.Empty<Finding>()
            : MatchSelector.Select(scanner, automaton.Patterns, _rules, languages, this, text);
        if (findings.Count > 0 || !judgeWithModel || _models is null || !ModelApplies(scanner.Tokens) || RulesKnowPhrase(scanner, automaton.Patterns, out var nearMisses))
        {
            return findings;
        }

        var judged = (t_judge ??= new ShortTextJudge()).Review(this, _models, text, scanner.Tokens, languages, nearMisses);
        return judged is null ? findings : new[] { judged };
    }

    /// <summary>
    /// Whether the rules have judged this text already, more precisely than the model can: a rule phrase an 'unless'
    /// silenced, a phrase of a rule the team switched off, or a phrase the team allows. Also the categories whose
    /// near misses ('unless' phrases) occur in the text: the model may not report those categories.
    /// </summary>
    private bool RulesKnowPhrase(AutomatonScanner scanner, PatternInfo[] patterns, out int nearMissCategories)
    {
        nearMissCategories = 0;
        foreach (var match in scanner.Matches)
        {
            var info = patterns[match.Pattern];
            if (info.Kind is PatternKind.Rule or PatternKind.Allow or PatternKind.Known)
            {
                return true;
            }

            nearMissCategories |= 1 << (int)_rules[info.RuleIndex].Category;
        }

        return false;
    }

    private bool ModelApplies(TokenList tokens) =>
        Options.ModelScope == ModelScope.AllTexts ||
        (tokens.Count <= ModelScopes.ShortTextWords && tokens.Count > 0 && tokens.Sentence[tokens.Count - 1] - tokens.Sentence[0] < ModelScopes.ShortTextSentences);

    /// <summary>A finding of the model: the whole sentence, the category it reads as, no rewrite (a person must reword it).</summary>
    internal Finding? CreateModelFinding(string text, int start, int end, ToneLanguage language, ToneCategory category)
    {
        var rule = _modelRules!.For(language, category);
        return rule is null ? null : new Finding(rule, start, end - start, text.Substring(start, end - start), Options.SeverityOf(rule), Array.Empty<string>());
    }

    internal Finding CreateFinding(string text, TokenList tokens, int ruleIndex, int first, int last)
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

/// <summary>A rule's patterns, parsed once.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(SequenceNode[] patterns, SequenceNode[] unless)
    {
        Patterns = patterns;
        Unless = unless;
    }

    public SequenceNode[] Patterns { get; }

    public SequenceNode[] Unless { get; }
}
