using System.Globalization;

namespace ToneAnalyzers;

/// <summary>Renders a suggestion in the capitalisation of the text it replaces.</summary>
public static class SuggestionRenderer
{
    private static readonly string[] s_keepCapital = { "I", "Pan", "Pani", "Państwo", "Panu", "Panem", "Pana", "Panią", "Вы", "Вас", "Вам", "Ваш", "Ваша", "Ваше", "Ви", "Вас", "Вама", "Vi", "Vas", "Vama" };

    /// <summary>
    /// "You should be grateful" at a sentence start gives "Thank you for ..."; "YOU SHOULD BE GRATEFUL" gives upper case;
    /// a lower-case match gives a lower-case first letter unless the first word is always capitalised ("I", "Pan", "Вы").
    /// </summary>
    public static string Render(string suggestion, string matchedText)
    {
        if (suggestion.Length == 0)
        {
            return suggestion;
        }

        var firstLetter = FirstLetter(matchedText);
        if (firstLetter < 0)
        {
            return suggestion;
        }

        if (IsAllUpper(matchedText))
        {
            return suggestion.ToUpper(CultureInfo.InvariantCulture);
        }

        var s = FirstLetter(suggestion);
        if (s < 0)
        {
            return suggestion;
        }

        if (char.IsUpper(matchedText[firstLetter]))
        {
            return suggestion.Substring(0, s) + char.ToUpper(suggestion[s], CultureInfo.InvariantCulture) + suggestion.Substring(s + 1);
        }

        if (char.IsUpper(suggestion[s]) && !KeepsCapital(suggestion, s))
        {
            return suggestion.Substring(0, s) + char.ToLower(suggestion[s], CultureInfo.InvariantCulture) + suggestion.Substring(s + 1);
        }

        return suggestion;
    }

    private static bool KeepsCapital(string suggestion, int start)
    {
        var end = start;
        while (end < suggestion.Length && (char.IsLetter(suggestion[end]) || suggestion[end] == '\''))
        {
            end++;
        }

        var word = suggestion.Substring(start, end - start);
        if (word.StartsWith("I'", System.StringComparison.Ordinal) || IsAllUpper(word))
        {
            return true;
        }

        foreach (var keep in s_keepCapital)
        {
            if (word == keep)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstLetter(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsLetter(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAllUpper(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }
}
