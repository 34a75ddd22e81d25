using System.Collections.Generic;
using System.Linq;

namespace ToneAnalyzers.Loading;

/// <summary>Rules read from one or more files, and every problem found on the way. Valid rules are kept even when others fail.</summary>
public sealed class RuleLoadResult
{
    public RuleLoadResult(IReadOnlyList<ToneRule> rules, IReadOnlyList<RuleError> errors)
    {
        Rules = rules;
        Errors = errors;
    }

    public IReadOnlyList<ToneRule> Rules { get; }

    public IReadOnlyList<RuleError> Errors { get; }

    public bool HasErrors => Errors.Count > 0;

    /// <summary>Merges results in order; a rule whose id was already loaded is reported and left out.</summary>
    public static RuleLoadResult Combine(IEnumerable<RuleLoadResult> results)
    {
        var rules = new List<ToneRule>();
        var errors = new List<RuleError>();
        var seen = new Dictionary<string, ToneRule>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var result in results)
        {
            errors.AddRange(result.Errors);
            foreach (var rule in result.Rules)
            {
                if (seen.TryGetValue(rule.Id, out var first))
                {
                    errors.Add(new RuleError(rule.Source.Path, rule.Source.Line, 1, $"The rule id '{rule.Id}' is already used at {first.Source}; rule ids must be unique."));
                    continue;
                }

                seen.Add(rule.Id, rule);
                rules.Add(rule);
            }
        }

        return new RuleLoadResult(rules, errors);
    }

    public static RuleLoadResult Combine(params RuleLoadResult[] results) => Combine(results.AsEnumerable());
}
