using System.Linq;
using Microsoft.CodeAnalysis;
using ToneAnalyzers.Analyzers;

namespace ToneAnalyzers.Tests;

/// <summary>The constant descriptors agree with the taxonomy (<see cref="CategoryInfo.All"/>).</summary>
public class DescriptorTests
{
    [Fact]
    public void One_descriptor_per_category_with_title_severity_and_help_link()
    {
        Assert.Equal(CategoryInfo.All.Count, ToneDescriptors.Categories.Count);
        foreach (var info in CategoryInfo.All)
        {
            var descriptor = ToneDescriptors.For(info.Category);
            Assert.Equal(info.DiagnosticId, descriptor.Id);
            Assert.Equal(info.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(info.Category.ToString(), descriptor.Category);
            Assert.Equal(ToneDescriptors.ToDiagnosticSeverity(info.DefaultSeverity), descriptor.DefaultSeverity);
            Assert.Equal("https://github.com/toneanalyzers/toneanalyzers/blob/main/" + info.DocsPath, descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Severities_map_warning_suggestion_hidden()
    {
        Assert.Equal(DiagnosticSeverity.Warning, ToneDescriptors.ToDiagnosticSeverity(ToneSeverity.Warning));
        Assert.Equal(DiagnosticSeverity.Info, ToneDescriptors.ToDiagnosticSeverity(ToneSeverity.Suggestion));
        Assert.Equal(DiagnosticSeverity.Hidden, ToneDescriptors.ToDiagnosticSeverity(ToneSeverity.Hidden));
    }

    [Fact]
    public void Every_reported_id_is_listed_in_the_release_tracking_file()
    {
        var unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(OqtaneCorpusTests.RepositoryRoot(), "src", "ToneAnalyzers.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.All(ToneDescriptors.All.Select(d => d.Id), id => Assert.Contains(id + " |", unshipped));
    }
}
