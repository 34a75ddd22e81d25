namespace ToneAnalyzers.Text;

/// <summary>
/// Which of our languages can be written in the script of a stretch of text. Folding reads Cyrillic as Latin (one
/// Serbian rule covers both scripts), so without this an English or Polish pattern or model could read a Russian
/// phrase as Latin ("Пожалуйста" as "pozaluista"), and a Russian one a Latin phrase. Serbian fits either script.
/// </summary>
internal static class Scripts
{
    public static bool Fits(ToneLanguage language, string text, int start, int end) =>
        (language & ToneLanguage.Serbian) != 0 || Fits(language, HasCyrillic(text, start, end));

    /// <summary>The same, when the caller already knows whether the text has Cyrillic letters.</summary>
    public static bool Fits(ToneLanguage language, bool cyrillic) =>
        (language & ToneLanguage.Serbian) != 0 || ((language & ToneLanguage.Russian) != 0) == cyrillic;

    public static bool HasCyrillic(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is >= '\u0400' and <= '\u04FF')
            {
                return true;
            }
        }

        return false;
    }
}
