namespace ToneAnalyzers.Tests;

public class PatternLanguageTests
{
    [Fact]
    public void A_word_sequence_matches_in_any_case_across_punctuation_and_line_breaks()
    {
        var engine = TestRules.Engine("en", "dismissal", "not satisfied do it yourself");
        Assert.Equal(new[] { "Not satisfied? Do it yourself" }, engine.Matches("Not satisfied? Do it yourself."));
        Assert.Equal(new[] { "NOT SATISFIED,\ndo it yourself" }, engine.Matches("NOT SATISFIED,\ndo it yourself"));
    }

    [Fact]
    public void Alternatives_may_hold_several_words()
    {
        var engine = TestRules.Engine("en", "dismissal", "(not our|not my) problem");
        Assert.Equal(new[] { "not our problem", "Not my problem" }, engine.Matches("That is not our problem. Not my problem either."));
    }

    [Fact]
    public void Optional_words_may_be_left_out_and_the_longest_match_wins()
    {
        var engine = TestRules.Engine("en", "owed-gratitude", "be grateful (that)? we even? answered");
        Assert.Equal(new[] { "be grateful that we even answered" }, engine.Matches("Please be grateful that we even answered."));
        Assert.Equal(new[] { "Be grateful we answered" }, engine.Matches("Be grateful we answered."));
    }

    [Fact]
    public void A_stem_matches_every_word_form()
    {
        var engine = TestRules.Engine("ru", "owed-gratitude", "вы должны быть благодар*");
        Assert.Single(engine.Matches("Вы должны быть благодарны нам.", ToneLanguage.Russian));
        Assert.Single(engine.Matches("вы должны быть благодарным", ToneLanguage.Russian));
        Assert.Empty(engine.Matches("вы должны быть благо", ToneLanguage.Russian));
    }

    [Fact]
    public void A_gap_spans_up_to_its_length_inside_one_sentence_only()
    {
        var engine = TestRules.Engine("en", "condescension", "as we ...2 explained");
        Assert.Single(engine.Matches("As we already explained, the fee applies."));
        Assert.Single(engine.Matches("As we have already explained, the fee applies."));
        Assert.Empty(engine.Matches("As we have already and clearly explained, the fee applies."));
        Assert.Empty(engine.Matches("As we said. Explained below."));
    }

    [Fact]
    public void Underscore_matches_one_word_or_an_interpolation_hole()
    {
        var engine = TestRules.Engine("en", "owed-gratitude", "thanks _ you should be grateful");
        Assert.Single(engine.Matches("Thanks, \uFFFC, you should be grateful"));
        Assert.Single(engine.Matches("Thanks Anna, you should be grateful"));
    }

    [Fact]
    public void Unless_silences_a_match_in_the_same_sentence_only()
    {
        var engine = TestRules.Engine("en", "dismissal", "do it yourself", unless: "(or we|we can) ...3 for you");
        Assert.Empty(engine.Matches("You can do it yourself in Settings, or we can do it for you."));
        Assert.Single(engine.Matches("Do it yourself. Or we can help for you later."));
    }

    [Fact]
    public void A_trailing_dollar_makes_the_phrase_end_its_sentence()
    {
        var engine = TestRules.Engine("en", "dismissal", "figure it out (yourself)? $");
        Assert.Equal(new[] { "Figure it out" }, engine.Matches("Figure it out."));
        Assert.Equal(new[] { "figure it out yourself" }, engine.Matches("Honestly, figure it out yourself! We're busy."));
        Assert.Equal(new[] { "figure it out" }, engine.Matches("Just figure it out"));
        Assert.Empty(engine.Matches("We'll help you figure it out together."));
        Assert.Empty(engine.Matches("Figure it out, step by step, with our guide."));
    }

    [Fact]
    public void A_leading_caret_makes_the_phrase_start_its_sentence()
    {
        var engine = TestRules.Engine("en", "dismissal", "^ do it yourself");
        Assert.Single(engine.Matches("Not happy? Do it yourself."));
        Assert.Single(engine.Matches("do it yourself"));
        Assert.Single(engine.Matches("Thanks for writing\nDo it yourself next time."));
        Assert.Empty(engine.Matches("You can do it yourself in Settings."));
    }

    [Fact]
    public void Both_anchors_make_the_phrase_the_whole_sentence()
    {
        var engine = TestRules.Engine("en", "dismissal", "^ (just)? google it $");
        Assert.Single(engine.Matches("Just google it."));
        Assert.Single(engine.Matches("We looked into this. Google it!"));
        Assert.Empty(engine.Matches("If you prefer, google it and compare."));
        Assert.Empty(engine.Matches("Some customers google it first."));
    }

    [Fact]
    public void Contractions_match_their_expanded_form_both_ways()
    {
        var engine = TestRules.Engine("en", "owed-gratitude", "you are lucky we");
        Assert.Equal(new[] { "You’re lucky we" }, engine.Matches("You’re lucky we replied."));
        var negation = TestRules.Engine("en", "dismissal", "we don't owe you");
        Assert.Single(negation.Matches("We do not owe you anything."));
        Assert.Single(negation.Matches("We don’t owe you anything."));
        var cannot = TestRules.Engine("en", "dismissal", "we can't help");
        Assert.Single(cannot.Matches("We cannot help."));
        Assert.Single(cannot.Matches("We can't help."));
    }

    [Fact]
    public void Hyphens_split_words_in_text_and_patterns_alike()
    {
        var engine = TestRules.Engine("en", "dismissal", "do-it-yourself");
        Assert.Single(engine.Matches("Try our do it yourself guide."));
        Assert.Single(engine.Matches("Try our do-it-yourself guide."));
    }

    [Fact]
    public void A_rule_only_fires_on_text_in_its_language()
    {
        var engine = TestRules.Engine("ru", "blame", "сами виноваты");
        Assert.Single(engine.Matches("Вы сами виноваты.", ToneLanguage.Russian));
        Assert.Empty(engine.Matches("Вы сами виноваты.", ToneLanguage.English));
        Assert.Single(engine.Matches("Вы сами виноваты.")); // detected from the script
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("(a|b")]
    [InlineData("a)")]
    [InlineData("a|b")]
    [InlineData("(a|)")]
    [InlineData("a? b?")]
    [InlineData("... a")]
    [InlineData("a ...")]
    [InlineData("_ a")]
    [InlineData("a ...99 b")]
    [InlineData("ab* c")]
    [InlineData("? a")]
    [InlineData("a ^ b")]
    [InlineData("a $ b")]
    [InlineData("^")]
    [InlineData("(a|b$)")]
    public void Invalid_patterns_are_rejected_with_a_reason(string pattern)
    {
        var ex = Assert.Throws<Matching.PatternSyntaxException>(() => Matching.PatternParser.Parse(pattern));
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }
}

public class PieceSeparationTests
{
    [Theory]
    [InlineData("You should be\n\ngrateful")]
    [InlineData("You should be\r\n  \r\ngrateful")]
    [InlineData("You should be\u2029grateful")]
    public void Nothing_matches_across_a_blank_line(string text) =>
        Assert.Empty(TestRules.Engine("en", "owed-gratitude", "you should be grateful").Matches(text));

    [Fact]
    public void A_single_line_break_is_only_a_sentence_break() =>
        Assert.Single(TestRules.Engine("en", "owed-gratitude", "you should be grateful").Matches("You should be\ngrateful"));
}

public class OptionalStartTests
{
    [Fact]
    public void A_pattern_may_open_with_an_optional_word_before_a_gap()
    {
        var engine = TestRules.Engine("en", "owed-gratitude", "(honestly)? ... be grateful");
        Assert.Equal(new[] { "Honestly, you should be grateful" }, engine.Matches("Honestly, you should be grateful."));
        Assert.Single(engine.Matches("You should be grateful."));
    }
}
