using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ToneAnalyzers.Tests.Model;

/// <summary>
/// Extra respectful training text where the machine has it: the compiled gettext catalogs (<c>.mo</c>) of the
/// operating system's programs under /usr/share/locale, UI strings professionally translated into Russian, Polish and
/// Serbian (the English originals for English). Optional: without them the model trains on the repository alone.
/// </summary>
internal static class GettextCatalogs
{
    private const uint Magic = 0x950412de;

    public static IEnumerable<string> Messages(ToneLanguage language)
    {
        var folders = language switch
        {
            ToneLanguage.Russian => new[] { "ru" },
            ToneLanguage.Polish => new[] { "pl" },
            ToneLanguage.Serbian => new[] { "sr", "sr@latin" },
            _ => new[] { "ru" }, // English: the originals (msgid) of the Russian catalogs
        };
        foreach (var folder in folders)
        {
            var dir = Path.Combine("/usr/share/locale", folder, "LC_MESSAGES");
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(dir, "*.mo").OrderBy(p => p, StringComparer.Ordinal))
            {
                foreach (var (original, translated) in Read(path))
                {
                    yield return language == ToneLanguage.English ? original : translated;
                }
            }
        }
    }

    private static List<(string Original, string Translated)> Read(string path)
    {
        var result = new List<(string, string)>();
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 28 || BitConverter.ToUInt32(bytes, 0) != Magic)
            {
                return result;
            }

            var count = BitConverter.ToInt32(bytes, 8);
            var originals = BitConverter.ToInt32(bytes, 12);
            var translations = BitConverter.ToInt32(bytes, 16);
            var strict = new UTF8Encoding(false, true);
            for (var i = 0; i < count; i++)
            {
                var o = Entry(bytes, originals + (i * 8), strict);
                var t = Entry(bytes, translations + (i * 8), strict);
                if (o.Length == 0 || t.Length == 0)
                {
                    continue; // the header entry, or an untranslated message
                }

                result.Add((o.Split('\0')[0], t.Split('\0')[0]));
            }
        }
        catch (Exception e) when (e is IOException or ArgumentException or DecoderFallbackException)
        {
            // a catalog in another encoding or a damaged file: skip it, it is optional data
        }

        return result;
    }

    private static string Entry(byte[] bytes, int at, Encoding encoding)
    {
        var length = BitConverter.ToInt32(bytes, at);
        var offset = BitConverter.ToInt32(bytes, at + 4);
        return encoding.GetString(bytes, offset, length).Replace("_", string.Empty).Replace("&", string.Empty);
    }
}
