using System;
using System.Collections.Generic;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ToneCheck.Input;

/// <summary>A set of glob patterns (include or exclude). A pattern without '/' matches a file name at any depth.</summary>
internal sealed class PathGlobs
{
    private readonly Matcher? _matcher;

    public PathGlobs(IEnumerable<string> patterns, bool anchored = false)
    {
        foreach (var raw in patterns)
        {
            var pattern = raw.Trim().Replace('\\', '/');
            if (pattern.Length == 0)
            {
                continue;
            }

            pattern = pattern.TrimStart('/');
            if (pattern.StartsWith("./", StringComparison.Ordinal))
            {
                pattern = pattern[2..];
            }

            if (!anchored && !pattern.Contains('/', StringComparison.Ordinal))
            {
                pattern = "**/" + pattern;
            }
            else if (pattern.EndsWith('/'))
            {
                pattern += "**";
            }

            _matcher ??= new Matcher(StringComparison.Ordinal);
            _matcher.AddInclude(pattern);
            Count++;
        }
    }

    public int Count { get; }

    public bool IsEmpty => _matcher is null;

    /// <summary>Whether any pattern matches one of the given relative paths ('/' separators).</summary>
    public bool Matches(string relativePath) => _matcher is not null && _matcher.Match(relativePath).HasMatches;

    public static bool HasGlobCharacters(string path) => path.AsSpan().IndexOfAny("*?[{") >= 0;
}
