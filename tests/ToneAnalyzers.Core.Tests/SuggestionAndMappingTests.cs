using ToneAnalyzers.Text;

namespace ToneAnalyzers.Tests;

public class SuggestionAndMappingTests
{
    [Theory]
    [InlineData("thank you for your patience", "You should be grateful", "Thank you for your patience")]
    [InlineData("Thank you for your patience", "you should be grateful", "thank you for your patience")]
    [InlineData("thank you", "YOU SHOULD BE GRATEFUL", "THANK YOU")]
    [InlineData("I am sorry", "you should be grateful", "I am sorry")]
    [InlineData("Pan może", "musi pan", "Pan może")]
    public void Suggestions_follow_the_capitalisation_of_the_original(string suggestion, string matched, string expected) =>
        Assert.Equal(expected, SuggestionRenderer.Render(suggestion, matched));

    [Fact]
    public void Findings_carry_rendered_suggestions()
    {
        var engine = TestRules.Engine("en", "owed-gratitude", "you should be grateful", suggestion: "thank you for your patience");
        var finding = Assert.Single(engine.Analyze("You should be grateful."));
        Assert.Equal("Thank you for your patience", Assert.Single(finding.Suggestions));
    }

    [Fact]
    public void Mapped_text_maps_findings_across_masked_markup_back_to_the_source()
    {
        const string source = "<p>You <b>should</b> be &quot;grateful&quot;</p>";
        var b = new MappedTextBuilder();
        b.AppendReplacement(" ", 0, 3).Append(source, 3, 4).AppendReplacement(" ", 7, 3).Append(source, 10, 6)
         .AppendReplacement(" ", 16, 4).Append(source, 20, 4).AppendReplacement("\"", 24, 6).Append(source, 30, 8)
         .AppendReplacement("\"", 38, 6).AppendReplacement(" ", 44, 4);
        var mapped = b.Build();
        var engine = TestRules.Engine("en", "owed-gratitude", "you should be grateful");
        var finding = Assert.Single(engine.Analyze(mapped.Text));
        var (start, end) = mapped.ToSource(finding.Start, finding.Length);
        Assert.Equal("You <b>should</b> be &quot;grateful", source.Substring(start, end - start));
    }

    [Fact]
    public void A_hole_maps_to_the_whole_expression_it_stands_for()
    {
        const string source = "Thanks, {name}!";
        var mapped = new MappedTextBuilder().Append(source, 0, 8).AppendReplacement(MappedTextBuilder.Hole, 8, 6).Append(source, 14, 1).Build();
        Assert.Equal((8, 14), mapped.ToSource(8, 1));
        Assert.Equal((0, 14), mapped.ToSource(0, 9));
    }

    [Theory]
    [InlineData("Вы сами виноваты", ToneLanguage.Russian)]
    [InlineData("Ви сте сами криви, љубазно", ToneLanguage.Serbian)]
    [InlineData("Powinien Pan być wdzięczny", ToneLanguage.Polish | ToneLanguage.English)]
    [InlineData("Trebalo bi da budete zahvalni, naš tim", ToneLanguage.Serbian | ToneLanguage.English)]
    public void Language_is_detected_from_the_script(string text, ToneLanguage expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));
}
