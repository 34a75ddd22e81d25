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

            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                switch (c)
                {
                    case 'ы' or 'Ы' or 'э' or 'Э' or 'ъ' or 'Ъ' or 'ё' or 'Ё' or 'й' or 'Й' or 'щ' or 'Щ':
                        russianOnly = true;
                        break;
                    case 'ђ' or 'Ђ' or 'ј' or 'Ј' or 'љ' or 'Љ' or 'њ' or 'Њ' or 'ћ' or 'Ћ' or 'џ' or 'Џ':
                        serbianOnly = true;
                        break;
                }
            }
            else if (c < '\u0250')
            {
                // Latin-1 Supplement and Latin Extended-A/B: letters with diacritics.
                latin++;
                switch (c)
                {
                    case 'ą' or 'Ą' or 'ę' or 'Ę' or 'ł' or 'Ł' or 'ń' or 'Ń' or 'ś' or 'Ś' or 'ź' or 'Ź' or 'ż' or 'Ż' or 'ó' or 'Ó':
                        polishOnly = true;
                        break;
                    case 'č' or 'Č' or 'š' or 'Š' or 'ž' or 'Ž' or 'đ' or 'Đ':
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
