using ToneAnalyzers;
using ToneCheck.Checking;

namespace ToneCheck.Tests;

public class LanguageTests
{
    [Theory]
    [InlineData("docs/ru/article.md", ToneLanguage.Russian)]
    [InlineData("docs/article.ru.md", ToneLanguage.Russian)]
    [InlineData("docs/ru-RU/article.md", ToneLanguage.Russian)]
    [InlineData("Resources/Strings.pl.resx", ToneLanguage.Polish)]
    [InlineData("Resources/Strings.sr-Latn-RS.resx", ToneLanguage.Serbian)]
    [InlineData("help/sr@latin/povrat.md", ToneLanguage.Serbian)]
    [InlineData("help/sr-Cyrl/isporuka.md", ToneLanguage.Serbian)]
    [InlineData("en/ru/x.pl.md", ToneLanguage.Polish)]
    [InlineData("docs/article.md", ToneLanguage.None)]
    [InlineData("docs/run/sh/article.md", ToneLanguage.None)]
    [InlineData("docs/routes.md", ToneLanguage.None)]
    public void Language_from_path(string path, ToneLanguage expected)
    {
        Assert.Equal(expected, LanguageResolver.FromPath(path));
    }

    [Fact]
    public void Config_beats_front_matter_beats_path()
    {
        Assert.Equal(ToneLanguage.English, LanguageResolver.Resolve(ToneLanguage.English, ToneLanguage.Russian, "ru/a.md"));
        Assert.Equal(ToneLanguage.Polish, LanguageResolver.Resolve(ToneLanguage.None, ToneLanguage.Polish, "ru/a.md"));
        Assert.Equal(ToneLanguage.Russian, LanguageResolver.Resolve(ToneLanguage.None, ToneLanguage.None, "ru/a.md"));
    }

    [Fact]
    public void Path_language_applies_to_files()
    {
        using var dir = new TempDir();
        dir.Write("ru/a.md", "You should be grateful.\n");
        dir.Write("en/a.md", "You should be grateful.\n");
        var findings = Cli.Run(dir.Path, ".", "-f", "json").Findings();
        Assert.Equal("en/a.md", Assert.Single(findings).GetProperty("path").GetString());
    }

    [Fact]
    public void Language_option_overrides_everything()
    {
        using var dir = new TempDir();
        dir.Write("ru/a.md", "You should be grateful.\n");
        Assert.Single(Cli.Run(dir.Path, ".", "-f", "json", "--language", "en").Findings());
    }
}
