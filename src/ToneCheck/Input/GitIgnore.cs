using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace ToneCheck.Input;

/// <summary>The rules of one <c>.gitignore</c> file, matched against paths relative to the folder holding it.</summary>
internal sealed class GitIgnore
{
    private readonly List<Rule> _rules;

    private GitIgnore(string directory, List<Rule> rules)
    {
        Directory = directory;
        _rules = rules;
    }

    /// <summary>The folder the patterns are relative to.</summary>
    public string Directory { get; }

    public static GitIgnore? Load(string directory)
    {
        var path = Path.Combine(directory, ".gitignore");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return Parse(directory, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static GitIgnore Parse(string directory, string text)
    {
        var rules = new List<Rule>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            line = TrimTrailingSpaces(line);
            var negate = false;
            if (line.StartsWith('!'))
            {
                negate = true;
                line = line[1..];
            }
            else if (line.StartsWith("\\!", StringComparison.Ordinal) || line.StartsWith("\\#", StringComparison.Ordinal))
            {
                line = line[1..];
            }

            var dirOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                continue;
            }

            var anchored = line.Contains('/', StringComparison.Ordinal);
            line = line.TrimStart('/');
            var regex = new Regex(ToRegex(line, anchored), RegexOptions.CultureInvariant | RegexOptions.Singleline);
            rules.Add(new Rule(regex, negate, dirOnly));
        }

        return new GitIgnore(directory, rules);
    }

    /// <summary>True = ignored, false = explicitly re-included, null = no rule says anything.</summary>
    public bool? Match(string relativePath, bool isDirectory)
    {
        bool? result = null;
        foreach (var rule in _rules)
        {
            if (rule.DirectoryOnly && !isDirectory)
            {
                continue;
            }

            if (rule.Pattern.IsMatch(relativePath))
            {
                result = !rule.Negate;
            }
        }

        return result;
    }

    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end];
    }

    private static string ToRegex(string pattern, bool anchored)
    {
        var sb = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    var atStart = i == 0 || pattern[i - 1] == '/';
                    var atEnd = i + 2 == pattern.Length;
                    if (atStart && i + 2 < pattern.Length && pattern[i + 2] == '/')
                    {
                        sb.Append("(?:.*/)?");
                        i += 2;
                        continue;
                    }

                    if (atEnd)
                    {
                        sb.Append(".*");
                        i++;
                        continue;
                    }

                    sb.Append(".*");
                    i++;
                    continue;
                }

                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else if (c == '[')
            {
                var close = pattern.IndexOf(']', i + 1);
                if (close < 0)
                {
                    sb.Append("\\[");
                    continue;
                }

                var body = pattern.Substring(i + 1, close - i - 1).Replace("\\", "\\\\", StringComparison.Ordinal);
                if (body.StartsWith('!'))
                {
                    body = "^" + body[1..];
                }

                sb.Append('[').Append(body).Append(']');
                i = close;
            }
            else if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(Regex.Escape(pattern[i + 1].ToString()));
                i++;
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        // A pattern naming a folder also covers everything below it.
        sb.Append("(?:/.*)?$");
        return sb.ToString();
    }

    private readonly record struct Rule(Regex Pattern, bool Negate, bool DirectoryOnly);
}
