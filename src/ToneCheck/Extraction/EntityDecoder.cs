using System.Net;

namespace ToneCheck.Extraction;

/// <summary>Decodes one character reference (<c>&amp;amp;</c>, <c>&amp;#1090;</c>, <c>&amp;#x442;</c>) at an offset.</summary>
internal static class EntityDecoder
{
    /// <summary>Length of the entity at <paramref name="start"/> (0 if there is none) and its decoded text.</summary>
    public static int TryDecode(string source, int start, int end, out string decoded)
    {
        decoded = string.Empty;
        if (start + 2 >= end || source[start] != '&')
        {
            return 0;
        }

        var i = start + 1;
        if (source[i] == '#')
        {
            i++;
            if (i < end && (source[i] == 'x' || source[i] == 'X'))
            {
                i++;
                while (i < end && char.IsAsciiHexDigit(source[i]))
                {
                    i++;
                }
            }
            else
            {
                while (i < end && char.IsAsciiDigit(source[i]))
                {
                    i++;
                }
            }
        }
        else
        {
            while (i < end && char.IsAsciiLetterOrDigit(source[i]) && i - start < 32)
            {
                i++;
            }
        }

        if (i >= end || source[i] != ';' || i == start + 1)
        {
            return 0;
        }

        var entity = source.Substring(start, i - start + 1);
        decoded = WebUtility.HtmlDecode(entity);
        return decoded == entity ? 0 : entity.Length;
    }
}
