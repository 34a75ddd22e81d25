using System.Globalization;
using System.Text;

namespace ToneAnalyzers.Text;

/// <summary>
/// Folds one character to the form the matcher compares: lower case, compatibility forms (NFKD) resolved,
/// diacritics dropped (so Polish "wdzieczny" matches "wdzięczny") and Cyrillic transliterated to Latin,
/// so one Serbian rule covers both scripts. Patterns are folded the same way, so the folding only has to be consistent.
/// </summary>
internal static class CharFolding
{
    private static readonly string?[] s_table = new string?[char.MaxValue + 1];

    /// <summary>Appends the folded form of <paramref name="c"/> to <paramref name="buffer"/>; returns the new length.</summary>
    public static int Append(char c, char[] buffer, int length)
    {
        if (c < 128)
        {
            buffer[length] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            return length + 1;
        }

        var folded = s_table[c] ??= Compute(c);
        foreach (var f in folded)
        {
            buffer[length++] = f;
        }

        return length;
    }

    /// <summary>The longest expansion of a single character, for sizing buffers.</summary>
    public const int MaxExpansion = 4;

    private static string Compute(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var special = Special(lower);
        if (special != null)
        {
            return special;
        }

        if (char.IsSurrogate(c))
        {
            return c.ToString();
        }

        string decomposed;
        if (DecompositionTable.TryGet(c, out var fromTable) || DecompositionTable.TryGet(lower, out fromTable))
        {
            // The generated table, not ICU: with invariant globalization (tonecheck) Normalize leaves "š" as it is,
            // which would make Cyrillic Serbian and Latin text typed without diacritics miss every pattern with one.
            decomposed = fromTable;
        }
        else
        {
            try
            {
                decomposed = lower.ToString().Normalize(NormalizationForm.FormKD);
            }
            catch (System.ArgumentException)
            {
                return lower.ToString();
            }
        }

        var sb = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(d);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var dl = char.ToLowerInvariant(d);
            sb.Append(Special(dl) ?? dl.ToString());
        }

        var result = sb.ToString();
        return result.Length > MaxExpansion ? result.Substring(0, MaxExpansion) : result;
    }

    private static string? Special(char c) => c switch
    {
        // Letters with no canonical decomposition.
        'ł' => "l",
        'đ' => "dj",
        'ø' => "o",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ı' => "i",
        // Apostrophes and modifier letters used as apostrophes.
        '\u2019' or '\u2018' or '\u02BC' or '\u201B' or '`' or '\u00B4' => "'",
        // Cyrillic: Serbian letters to Serbian Latin (without diacritics), Russian-only letters to a consistent Latin form.
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ђ' => "dj",
        'е' => "e",
        'ё' => "e",
        'э' => "e",
        'є' => "je",
        'ж' => "z",
        'з' => "z",
        'и' => "i",
        'і' => "i",
        'ї' => "ji",
        'й' => "j",
        'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "c",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "c",
        'џ' => "dz",
        'ш' => "s",
        'щ' => "sc",
        'ъ' => string.Empty,
        'ы' => "y",
        'ь' => string.Empty,
        'ю' => "ju",
        'я' => "ja",
        _ => null,
    };
}
