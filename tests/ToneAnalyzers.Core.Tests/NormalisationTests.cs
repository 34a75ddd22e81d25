using System.Linq;

namespace ToneAnalyzers.Tests;

public class NormalisationTests
{
    [Fact]
    public void Polish_diacritics_are_optional()
    {
        var engine = TestRules.Engine("pl", "owed-gratitude", "powinien Pan być wdzięczny");
        Assert.Single(engine.Matches("Powinien Pan być wdzięczny.", ToneLanguage.Polish));
        Assert.Single(engine.Matches("powinien pan byc wdzieczny", ToneLanguage.Polish));
    }

    [Fact]
    public void Latin_script_rules_do_not_read_Cyrillic_words_as_Latin_nor_Russian_rules_Latin_ones()
    {
        // Folding reads Cyrillic as Latin so one Serbian rule covers both scripts; a Polish or English rule must not
        // match a Russian phrase that way (these GNOME lines, with a Latin word, once drew a Polish finding).
        var builtIn = ToneEngine.BuiltIn;
        Assert.Empty(builtIn.Analyze("Если стилус не был обнаружен, вам будет предложено «Пожалуйста, поднесите стилус к планшету, чтобы настроить его» (Wacom)."));
        Assert.Empty(builtIn.Analyze("Похоже, письмо попало в папку «Спам», проверьте её, пожалуйста."));
        var polish = TestRules.Engine("pl", "owed-gratitude", "powinien pan byc wdzieczny");
        Assert.Empty(polish.Matches("Повинен пан быц вдзиечны.", ToneLanguage.All));
        Assert.Single(polish.Matches("Powinien pan być wdzięczny.", ToneLanguage.All));
        var russian = TestRules.Engine("ru", "owed-gratitude", "вы должны быть благодарны");
        Assert.Empty(russian.Matches("Vy dolzhny byt blagodarny.", ToneLanguage.All));
        Assert.Single(russian.Matches("Вы должны быть благодарны.", ToneLanguage.All));
    }

    [Fact]
    public void One_Serbian_pattern_covers_Cyrillic_Latin_and_Latin_without_diacritics()
    {
        var engine = TestRules.Engine("sr", "dismissal", "то није наш проблем");
        Assert.Single(engine.Matches("То није наш проблем.", ToneLanguage.Serbian));
        Assert.Single(engine.Matches("To nije naš problem.", ToneLanguage.Serbian));
        Assert.Single(engine.Matches("to nije nas problem", ToneLanguage.Serbian));
        var latin = TestRules.Engine("sr", "tone-policing", "smirite se");
        Assert.Single(latin.Matches("Смирите се, молим вас.", ToneLanguage.Serbian));
    }

    [Fact]
    public void Compatibility_forms_quotes_and_spaces_do_not_matter()
    {
        var engine = TestRules.Engine("en", "condescension", "it's not rocket science");
        Assert.Single(engine.Matches("It’s\u00A0not   rocket science."));
        Assert.Single(engine.Matches("ＩＴ'Ｓ ＮＯＴ ＲＯＣＫＥＴ ＳＣＩＥＮＣＥ"));
        Assert.Single(engine.Matches("It\u02BCs not rocket\u2028science"));
    }

    [Fact]
    public void Russian_yo_and_ye_are_the_same_letter()
    {
        var engine = TestRules.Engine("ru", "condescension", "ещё раз объясняю");
        Assert.Single(engine.Matches("Еще раз объясняю.", ToneLanguage.Russian));
    }

    [Fact]
    public void Findings_map_to_exact_offsets_in_the_original_text()
    {
        var engine = TestRules.Engine("en", "condescension", "it's not rocket science");
        var text = "Note: ＩＴ’Ｓ  not\u00A0rocket science!";
        var finding = Assert.Single(engine.Analyze(text));
        Assert.Equal(6, finding.Start);
        Assert.Equal("ＩＴ’Ｓ  not\u00A0rocket science", text.Substring(finding.Start, finding.Length));
        Assert.Equal(finding.MatchedText, text.Substring(finding.Start, finding.Length));
    }
}

public class DiacriticSymmetryTests
{
    [Theory]
    [InlineData("očigledno", "Pa to je ocigledno.")]
    [InlineData("ocigledno", "Pa to je očigledno.")]
    [InlineData("očigledno", "Pa to je očigledno.")]
    [InlineData("wdzięczny", "Powinien pan byc wdzieczny.")]
    [InlineData("wdzieczny", "Powinien pan być wdzięczny.")]
    [InlineData("očigled*", "Pa to je ocigledno.")]
    [InlineData("ocigled*", "Pa to je očigledno.")]
    public void Diacritics_are_optional_in_both_directions(string pattern, string text)
    {
        var language = text.Contains("pan", System.StringComparison.Ordinal) ? "pl" : "sr";
        Assert.Single(TestRules.Engine(language, "condescension", pattern).Matches(text, ToneLanguages.FromCultureName(language)));
    }
}

public class DecompositionTableTests
{
    [Fact]
    public void The_generated_table_agrees_with_unicode_normalisation_for_our_scripts()
    {
        // Latin-1, Latin Extended-A and Cyrillic: stable across Unicode versions. The table exists because
        // tonecheck runs with invariant globalization, where string.Normalize leaves these characters as they are.
        for (var c = '\u00C0'; c <= '\u04FF'; c++)
        {
            if (c is > '\u017F' and < '\u0400' || !Text.DecompositionTable.TryGet(c, out var folded))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c).ToString().Normalize(System.Text.NormalizationForm.FormKD);
            var expected = new string(lower.Where(d => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(d) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark)).Select(char.ToLowerInvariant).ToArray());
            Assert.True(expected == folded, $"U+{(int)c:X4}: table '{folded}', normalisation '{expected}'");
        }
    }

    [Theory]
    [InlineData("wdzięczny", "wdzieczny")]
    [InlineData("šta", "sta")]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("Ђорђе", "djordje")]
    [InlineData("ﬁle", "file")]
    public void Folding_strips_diacritics_and_transliterates_without_icu(string text, string folded)
    {
        var buffer = new char[text.Length * Text.CharFolding.MaxExpansion];
        var length = 0;
        foreach (var c in text)
        {
            length = Text.CharFolding.Append(c, buffer, length);
        }

        Assert.Equal(folded, new string(buffer, 0, length));
    }
}
