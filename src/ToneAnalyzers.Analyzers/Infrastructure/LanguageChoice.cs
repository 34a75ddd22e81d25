namespace ToneAnalyzers.Analyzers;

/// <summary>Decides which rule languages apply to a piece of text.</summary>
public static class LanguageChoice
{
    /// <summary>
    /// The languages to hand the engine: a file's own language (culture suffix, default language of neutral resources) when known,
    /// otherwise detection from the text; always limited to <c>tone_analyzers.languages</c>. <see cref="ToneLanguage.None"/> means skip.
    /// </summary>
    public static ToneLanguage For(string text, int start, int length, ToneLanguage configured, ToneLanguage fileLanguage)
    {
        if (fileLanguage != ToneLanguage.None)
        {
            return fileLanguage & configured;
        }

        var detected = ToneAnalyzers.Text.LanguageDetector.Detect(text, start, length);
        return detected & configured;
    }
}
