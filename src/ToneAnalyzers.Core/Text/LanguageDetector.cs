namespace ToneAnalyzers.Text;

/// <summary>
/// Guesses which of our languages a text can be in from its script and letters. Deliberately generous:
/// it only narrows the rule set (Cyrillic text is never checked with English rules), so a wrong guess between
/// close candidates costs nothing, while a narrow wrong guess would hide findings.
/// </summary>
public static class LanguageDetector
{
    public static ToneLanguage Detect(string text) => Detect(text, 0, text.Length);

    public static ToneLanguage Detect(string text, int start, int length)
    {
        int latin = 0, cyrillic = 0;
        bool russianOnly = false, serbianOnly = false, polishOnly = false, serbianLatin = false;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                {
                    latin++;
                }

                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                switch (lower)
                {
                    case 'ы' or 'э' or 'ъ' or 'ё' or 'й' or 'щ':
                        russianOnly = true;
                        break;
                    case 'ђ' or 'ј' or 'љ' or 'њ' or 'ћ' or 'џ':
                        serbianOnly = true;
                        break;
                }
            }
            else if (char.IsLetter(lower))
            {
                latin++;
                switch (lower)
                {
                    case 'ą' or 'ę' or 'ł' or 'ń' or 'ś' or 'ź' or 'ż' or 'ó':
                        polishOnly = true;
                        break;
                    case 'č' or 'š' or 'ž' or 'đ':
                        serbianLatin = true;
                        break;
                }
            }
        }

        var result = ToneLanguage.None;
        if (cyrillic > 0)
        {
            result |= russianOnly && !serbianOnly ? ToneLanguage.Russian
                : serbianOnly && !russianOnly ? ToneLanguage.Serbian
                : ToneLanguage.Russian | ToneLanguage.Serbian;
        }

        if (latin > 0)
        {
            if (polishOnly && !serbianLatin)
            {
                result |= ToneLanguage.Polish | ToneLanguage.English;
            }
            else if (serbianLatin && !polishOnly)
            {
                result |= ToneLanguage.Serbian | ToneLanguage.English;
            }
            else
            {
                result |= ToneLanguage.English | ToneLanguage.Polish | ToneLanguage.Serbian;
            }
        }

        return result;
    }
}
