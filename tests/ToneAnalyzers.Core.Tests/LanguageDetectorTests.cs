using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Tests;

/// <summary>
/// Latin text is narrowed to English alone only on clear evidence. A wrong narrowing hides Polish or Serbian findings,
/// so Polish and Serbian text, with or without diacritics, must never come out as English alone.
/// </summary>
public class LanguageDetectorTests
{
    private const ToneLanguage Latin = ToneLanguage.English | ToneLanguage.Polish | ToneLanguage.Serbian;

    [Theory]
    [InlineData("Thank you for your patience while we look into this.")]
    [InlineData("Please enter your password.")]
    [InlineData("You should be grateful that we even looked at your ticket.")]
    [InlineData("We're sorry, but this offer has expired.")]
    [InlineData("The file could not be saved because the disk is full.")]
    [InlineData("As we already explained, it's not our problem.")]
    [InlineData("Don’t worry, we’re on it")] // typographic apostrophes; the last word ends the text
    [InlineData("The customers' files aren't lost.")]
    public void English_sentences_narrow_to_English(string text) =>
        Assert.Equal(ToneLanguage.English, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("Obviously.")]
    [InlineData("Try again later")]
    [InlineData("Please try again.")] // one English word is not enough
    [InlineData("Invalid password")]
    [InlineData("THE FILE IS NOT SAVED")] // capitals are not evidence
    [InlineData("IT is ready")] // "IT" would have made two
    public void Short_English_without_enough_function_words_stays_generous(string text) =>
        Assert.Equal(Latin, LanguageDetector.Detect(text));

    [Theory]
    // rules/pl.yaml and rules/sr.yaml bad examples, typed without diacritics.
    [InlineData("Powinna Pani byc nam wdzieczna, ze w ogole odpisalismy.")]
    [InlineData("Z tym nie do nas, prosze pisac do producenta.")]
    [InlineData("Jak sie Panu nie podoba, zapraszamy do konkurencji.")]
    [InlineData("Opoznienia kuriera to nie nasz problem.")]
    [InlineData("Nie pasuje? Droga wolna.")]
    [InlineData("Kazite bar hvala sto smo vam poslali novi uredjaj.")]
    [InlineData("Budite srecni sto vam nismo naplatili dostavu.")]
    [InlineData("Ne svidja vam se dizajn? Uradite sami bolje.")]
    [InlineData("Ako vam se ne svidja, idite kod konkurencije.")]
    // /work/shared/seeds: Polish posts, and the Serbian one transliterated, without diacritics.
    [InlineData("Czy potulny klient - to klient dobry ?")]
    [InlineData("Nie kupujcie guru :) Ani im, ani wam sie to nie bedzie oplacac.")]
    [InlineData("Co za wspaniala okazja do wyroznienia sie na takim rynku!")]
    [InlineData("Klijenti su oduvek zeleli nesto da vam kazu")]
    [InlineData("Da li ste spremni da vase kljucne poslovne odluke zaista prepustite vasim virtuelnim Facebook ljubiteljima?")]
    // English names inside Polish or Serbian.
    [InlineData("Kliknij Save the file and close i wybierz folder.")]
    [InlineData("Otvorite Office for Mac i kliknite Sign in.")]
    [InlineData("W razie pytan prosze pisac na adres the support team.")]
    [InlineData("Kontakt: W razie problemow the team is here for you.")]
    [InlineData("- U slucaju problema, the team is here for you.")]
    public void Polish_and_Serbian_without_diacritics_are_never_English_alone(string text) =>
        Assert.Equal(Latin, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("Thank you for your patience. Dziekujemy za cierpliwosc.")]
    [InlineData("Please check your order, the details are below. Hvala na strpljenju.")]
    [InlineData("You should be grateful. Powinien Pan byc wdzieczny.")]
    [InlineData("You should be grateful. Будьте благодарны.")]
    public void Mixed_text_is_not_narrowed(string text) =>
        Assert.NotEqual(ToneLanguage.English, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("Press Ctrl+Z and the file is restored. It is on drive Z: and in the W-2 form.")]
    [InlineData("Select the <li> items and the <ul> list for this page.")]
    [InlineData("The CI job and the NAS share are not ready.")]
    [InlineData("Sort the list from A to Z and add the U R L of the site.")]
    [InlineData("Set pri=1 for the host in DC=na, the domain is contoso.co.in.")]
    public void Code_keys_tags_and_acronyms_are_not_Polish_or_Serbian_evidence(string text) =>
        Assert.Equal(ToneLanguage.English, LanguageDetector.Detect(text));

    [Fact]
    public void A_slice_is_detected_on_its_own()
    {
        const string text = "Nie ma Pan racji. You should be grateful for this.";
        var english = text.IndexOf("You", StringComparison.Ordinal);
        Assert.Equal(ToneLanguage.English, LanguageDetector.Detect(text, english, text.Length - english));
        Assert.Equal(Latin, LanguageDetector.Detect(text));
    }

    public static IEnumerable<object[]> PolishAndSerbianExamples() =>
        RepositoryRules.Loaded.Rules
            .Where(r => r.Language is ToneLanguage.Polish or ToneLanguage.Serbian)
            .SelectMany(r => r.BadExamples.Concat(r.GoodExamples).Select(e => new object[] { r.Id, e }));

    public static IEnumerable<object[]> EnglishExamples() =>
        RepositoryRules.Loaded.Rules
            .Where(r => r.Language == ToneLanguage.English)
            .SelectMany(r => r.BadExamples.Concat(r.GoodExamples).Select(e => new object[] { r.Id, e }));

    [Theory]
    [MemberData(nameof(PolishAndSerbianExamples))]
    public void No_Polish_or_Serbian_rule_example_is_English_alone(string ruleId, string example)
    {
        foreach (var variant in Variants(example))
        {
            Assert.True(LanguageDetector.Detect(variant) != ToneLanguage.English, $"{ruleId}: '{variant}' was narrowed to English alone");
        }
    }

    [Theory]
    [MemberData(nameof(EnglishExamples))]
    public void No_English_rule_example_loses_English(string ruleId, string example) =>
        Assert.True((LanguageDetector.Detect(example) & ToneLanguage.English) != 0, $"{ruleId}: '{example}' lost English");

    [Theory]
    [InlineData("pl")]
    [InlineData("sr")]
    public void No_Polish_or_Serbian_evaluation_line_is_English_alone(string name)
    {
        var narrowed = EvaluationSetTests.Lines(name)
            .SelectMany(parts => Variants(parts[2]))
            .Where(text => LanguageDetector.Detect(text) == ToneLanguage.English)
            .ToList();
        Assert.Empty(narrowed);
    }

    [Fact]
    public void No_English_evaluation_line_loses_English_and_most_narrow()
    {
        var lines = EvaluationSetTests.Lines("en").Select(parts => parts[2]).ToList();
        Assert.DoesNotContain(lines, text => (LanguageDetector.Detect(text) & ToneLanguage.English) == 0);
        var narrowed = lines.Count(text => LanguageDetector.Detect(text) == ToneLanguage.English);
        Assert.True(narrowed * 10 >= lines.Count * 8, $"only {narrowed} of {lines.Count} English lines narrowed");
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("sr@latin")]
    [InlineData("sr")]
    public void No_translated_help_segment_is_English_alone(string folder)
    {
        // Segments left untranslated are English, rightly.
        var narrowed = CorpusFalseAlarmTests.Segments(folder)
            .Where(s => s.Translated != s.English)
            .SelectMany(s => Variants(s.Translated).Select(text => $"{s.File}:{s.Line}: {text}"))
            .Where(line => LanguageDetector.Detect(line.Substring(line.IndexOf(": ", StringComparison.Ordinal) + 2)) == ToneLanguage.English)
            .ToList();
        Assert.Empty(narrowed);
    }

    [Fact]
    public void Function_word_lists_are_lower_case_ascii_short_and_apart()
    {
        var all = FunctionWords.EnglishWords.Concat(FunctionWords.ForeignWords).ToList();
        Assert.All(all, w => Assert.True(w.Length is > 0 and <= 8 && w.All(c => c is >= 'a' and <= 'z' or '\''), w));
        Assert.Empty(FunctionWords.EnglishWords.Intersect(FunctionWords.ForeignWords));
        Assert.Empty(all.GroupBy(w => w).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(FunctionWords.EnglishWords, w => Assert.Equal(FunctionWords.English, FunctionWords.Lookup(FunctionWords.Pack(w))));
        Assert.All(FunctionWords.ForeignWords, w => Assert.Equal(FunctionWords.Foreign, FunctionWords.Lookup(FunctionWords.Pack(w))));
        Assert.Equal(FunctionWords.None, FunctionWords.Lookup(FunctionWords.Pack("file")));
    }

    [Theory]
    [InlineData("wyswietlanie", true)]
    [InlineData("plikowych", true)]
    [InlineData("kliknij", true)]
    [InlineData("koristiti", true)]
    [InlineData("kliknite", true)]
    [InlineData("izaberite", true)]
    [InlineData("podesavanje", true)]
    [InlineData("write", false)]
    [InlineData("website", false)]
    [InlineData("invite", false)]
    [InlineData("favorite", false)]
    [InlineData("delete", false)]
    [InlineData("each", false)]
    [InlineData("don't", false)]
    public void Polish_and_Serbian_endings_are_told_apart_from_English_ones(string word, bool foreign)
    {
        // Packed as the detector packs it: the last eight characters.
        var packed = FunctionWords.Pack(word.Length > 8 ? word.Substring(word.Length - 8) : word);
        Assert.Equal(foreign, FunctionWords.HasForeignEnding(packed));
    }

    [Theory]
    [InlineData("Вы сами виноваты", ToneLanguage.Russian)]
    [InlineData("Ви сте сами криви, љубазно", ToneLanguage.Serbian)]
    [InlineData("Thank you for your patience. Спасибо за ваше терпение.", ToneLanguage.Russian | Latin)]
    [InlineData("wеб сите", ToneLanguage.All)] // a Latin "w" starting a Cyrillic word
    [InlineData("Ж the file is not ready", ToneLanguage.Russian | ToneLanguage.Serbian | Latin)]
    public void Cyrillic_is_unchanged_and_keeps_Latin_text_generous(string text, ToneLanguage expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    /// <summary>The text as written, without diacritics (case kept), and folded as the matcher folds it (lower case, Cyrillic to Latin).</summary>
    private static IEnumerable<string> Variants(string text)
    {
        yield return text;
        var stripped = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                stripped.Append(c switch { 'ł' => 'l', 'Ł' => 'L', 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        yield return stripped.ToString();
        var buffer = new char[text.Length * CharFolding.MaxExpansion];
        var length = 0;
        foreach (var c in text)
        {
            length = CharFolding.Append(c, buffer, length);
        }

        yield return new string(buffer, 0, length);
    }
}
