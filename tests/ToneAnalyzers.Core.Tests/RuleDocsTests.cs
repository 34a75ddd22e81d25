using System;
using System.IO;
using System.Linq;
using System.Text;
using ToneAnalyzers.Loading;

namespace ToneAnalyzers.Tests;

/// <summary>docs/rules/TONE00N.md list the rules of their category; the list is generated from rules/*.yaml and must not drift.</summary>
public class RuleDocsTests
{
    private const string Begin = "<!-- rules:begin -->";
    private const string End = "<!-- rules:end -->";

    public static TheoryData<string> DiagnosticIds()
    {
        var data = new TheoryData<string>();
        foreach (var c in CategoryInfo.All)
        {
            data.Add(c.DiagnosticId);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DiagnosticIds))]
    public void The_docs_page_lists_exactly_the_rules_of_its_category(string diagnosticId)
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "rules", diagnosticId + ".md");
        var page = File.ReadAllText(path);
        var begin = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"{path} needs the markers {Begin} and {End}");
        var expected = page.Substring(0, begin + Begin.Length) + "\n" + RuleList(diagnosticId) + page.Substring(end);
        if (RepositoryRules.Regenerate)
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, page);
    }

    private static string RuleList(string diagnosticId)
    {
        var sb = new StringBuilder();
        foreach (var language in ToneLanguages.Each)
        {
            var rules = RepositoryRules.Loaded.Rules.Where(r => r.DiagnosticId == diagnosticId && r.Language == language).ToList();
            if (rules.Count == 0)
            {
                continue;
            }

            sb.Append("### ").Append(ToneLanguages.ToCode(language)).Append("\n\n");
            sb.Append("| rule | what it does to the customer | flagged, for example | suggested instead |\n|---|---|---|---|\n");
            foreach (var rule in rules)
            {
                sb.Append("| `").Append(rule.Id).Append("` | ").Append(Cell(rule.Message)).Append(" | ")
                  .Append(Cell(rule.BadExamples.FirstOrDefault() ?? string.Empty)).Append(" | ")
                  .Append(Cell(rule.Suggestions[0])).Append(rule.AutoFix ? " (auto-fix)" : string.Empty).Append(" |\n");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
