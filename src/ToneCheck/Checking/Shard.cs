using System;
using System.Globalization;
using System.Text;

namespace ToneCheck.Checking;

/// <summary><c>--shard K/N</c>: a stable 1/N share of the files, by a hash of the relative path (FNV-1a, 64-bit).</summary>
internal readonly record struct Shard(int Index, int Count)
{
    public static bool TryParse(string text, out Shard shard, out string? error)
    {
        shard = default;
        error = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 ||
            !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var k) ||
            !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ||
            n < 1 || k < 1 || k > n)
        {
            error = $"--shard expects K/N with 1 <= K <= N (for example 2/4), not '{text}'";
            return false;
        }

        shard = new Shard(k, n);
        return true;
    }

    public bool Contains(string relativePath) => Count <= 1 || (int)(Hash(relativePath) % (ulong)Count) == Index - 1;

    public static ulong Hash(string relativePath)
    {
        var hash = 14695981039346656037UL;
        var bytes = Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/'));
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
