using System;
using System.Collections.Generic;
using System.Text;

namespace ToneAnalyzers.Loading;

/// <summary>
/// A rule file's named word lists (<c>words:</c>), written once and used in any pattern as <c>@name</c>, so that
/// "every way to say customer" or "every verb of demanding" is one list that all patterns share and a new synonym
/// reaches all of them. Expanded when the file is read: the engine only ever sees ordinary alternatives.
/// </summary>
internal sealed class WordLists
{
    private readonly Dictionary<string, string> _groups = new(StringComparer.Ordinal);

    public int Count => _groups.Count;

    /// <summary>Names a list may have: ASCII letters, digits, <c>_</c> and <c>-</c>, starting with a letter.</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length == 0 || !IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsNameChar(c))
            {
                return false;
            }
        }

        return true;
    }

    public bool Contains(string name) => _groups.ContainsKey(name);

    /// <summary>Adds a list as one alternative group: <c>(a|b c|d*)</c>.</summary>
    public void Add(string name, IReadOnlyList<string> alternatives) =>
        _groups[name] = "(" + string.Join("|", alternatives) + ")";

    /// <summary>
    /// Replaces every <c>@name</c> of a pattern by its list. Returns false, with the 0-based position of the first
    /// unknown reference, when a pattern names a list the file does not define.
    /// </summary>
    public bool TryExpand(string pattern, out string expanded, out int unknownAt, out string unknownName)
    {
        expanded = pattern;
        unknownAt = -1;
        unknownName = string.Empty;
        if (pattern.IndexOf('@') < 0)
        {
            return true;
        }

        var text = new StringBuilder(pattern.Length * 4);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '@')
            {
                text.Append(pattern[i]);
                continue;
            }

            var end = i + 1;
            while (end < pattern.Length && IsNameChar(pattern[end]))
            {
                end++;
            }

            var name = pattern.Substring(i + 1, end - i - 1);
            if (!_groups.TryGetValue(name, out var group))
            {
                unknownAt = i;
                unknownName = name;
                return false;
            }

            text.Append(group);
            i = end - 1;
        }

        expanded = text.ToString();
        return true;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsNameChar(char c) => IsAsciiLetter(c) || c is >= '0' and <= '9' or '_' or '-';
}
