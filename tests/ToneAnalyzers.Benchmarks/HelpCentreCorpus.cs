using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ToneAnalyzers.Benchmarks;

/// <summary>The shared help-centre corpus (../shared/corpora/helpdocs), loaded once into memory.</summary>
internal static class HelpCentreCorpus
{
    private static readonly Lazy<string[]> s_articles = new(Load);


    public static string[] Articles => s_articles.Value;

    public static long Utf8Bytes => Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

    /// <summary>How many articles the Regex comparison uses: the Regex baseline is too slow for the whole corpus.</summary>
    public const int SubsetSize = 100;

    public static string[] Subset => Articles.Take(SubsetSize).ToArray();

    public static long SubsetUtf8Bytes => Subset.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

    public static string CorporaRoot => s_root.Value;

    private static readonly Lazy<string> s_root = new(FindRoot);

    private static string FindRoot()
    {
        var root = Environment.GetEnvironmentVariable("TONE_CORPORA");
        if (string.IsNullOrEmpty(root))
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ToneAnalyzers.sln")))
            {
                dir = dir.Parent;
            }

            root = Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared", "corpora"));
        }

        return root!;
    }

    private static string[] Load()
    {
        var helpdocs = Path.Combine(CorporaRoot, "helpdocs");
        if (!Directory.Exists(helpdocs))
        {
            throw new InvalidOperationException($"Corpus not found at {helpdocs}; set TONE_CORPORA.");
        }

        return Directory.EnumerateFiles(helpdocs, "*.md", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
    }
}
