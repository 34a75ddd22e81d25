using System.Linq;

namespace ToneAnalyzers.Tests;

public class EngineSmokeTests
{
    [Fact]
    public void Finds_owed_gratitude_with_exact_span()
    {
        var text = "Well, you should be grateful that we answered.";
        var finding = Assert.Single(ToneEngine.BuiltIn.Analyze(text, ToneLanguage.English));
        Assert.Equal("TONE001", finding.DiagnosticId);
        Assert.Equal("you should be grateful", finding.MatchedText);
        Assert.Equal(text.IndexOf("you", System.StringComparison.Ordinal), finding.Start);
    }
}
