using System;
using System.IO;

namespace ToneAnalyzers.Tests;

/// <summary>Finds the repository root (where ToneAnalyzers.sln is) and the shared corpora beside it.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ToneAnalyzers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ToneAnalyzers.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => s_root.Value;

    /// <summary>The shared corpora: $TONE_CORPORA, or ../shared/corpora beside the repository.</summary>
    public static string Corpora
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("TONE_CORPORA");
            var path = !string.IsNullOrEmpty(fromEnv) ? fromEnv! : Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpora"));
            if (!Directory.Exists(path))
            {
                throw new InvalidOperationException($"The shared corpora were not found at {path}. Clone the repository next to shared/ or set TONE_CORPORA.");
            }

            return path;
        }
    }
}
