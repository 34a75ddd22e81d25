using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ToneCheck.Fixing;

/// <summary>A unified diff (3 lines of context) between two versions of a file, for --fix --dry-run.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var ops = Diff(a, b);
        var sb = new StringBuilder();
        sb.Append("--- a/").Append(path).Append('\n');
        sb.Append("+++ b/").Append(path).Append('\n');

        // Group operations into hunks separated by more than 2*Context unchanged lines.
        var i = 0;
        while (i < ops.Count)
        {
            while (i < ops.Count && ops[i].Kind == ' ')
            {
                i++;
            }

            if (i >= ops.Count)
            {
                break;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            var lastChange = i;
            while (end < ops.Count)
            {
                if (ops[end].Kind != ' ')
                {
                    lastChange = end;
                }
                else if (end - lastChange > 2 * Context)
                {
                    break;
                }

                end++;
            }

            end = Math.Min(ops.Count, lastChange + Context + 1);
            int aStart = ops[start].A, bStart = ops[start].B, aCount = 0, bCount = 0;
            for (var k = start; k < end; k++)
            {
                if (ops[k].Kind != '+')
                {
                    aCount++;
                }

                if (ops[k].Kind != '-')
                {
                    bCount++;
                }
            }

            sb.Append(CultureInfo.InvariantCulture, $"@@ -{aStart + 1},{aCount} +{bStart + 1},{bCount} @@\n");
            for (var k = start; k < end; k++)
            {
                var op = ops[k];
                var line = op.Kind == '+' ? b[op.B] : a[op.A];
                sb.Append(op.Kind).Append(line.TrimEnd('\r')).Append('\n');
            }

            i = end;
        }

        return sb.ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>(text.Split('\n'));
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private readonly record struct Op(char Kind, int A, int B);

    /// <summary>Line diff: common prefix and suffix, then LCS on the (small) middle.</summary>
    private static List<Op> Diff(List<string> a, List<string> b)
    {
        var ops = new List<Op>();
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            ops.Add(new Op(' ', prefix, prefix));
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        if ((long)n * m > 16_000_000)
        {
            for (var k = 0; k < n; k++)
            {
                ops.Add(new Op('-', prefix + k, prefix));
            }

            for (var k = 0; k < m; k++)
            {
                ops.Add(new Op('+', prefix + n, prefix + k));
            }
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (var x = n - 1; x >= 0; x--)
            {
                for (var y = m - 1; y >= 0; y--)
                {
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
                }
            }

            int p = 0, q = 0;
            while (p < n || q < m)
            {
                if (p < n && q < m && a[prefix + p] == b[prefix + q])
                {
                    ops.Add(new Op(' ', prefix + p, prefix + q));
                    p++;
                    q++;
                }
                else if (p < n && (q == m || lcs[p + 1, q] >= lcs[p, q + 1]))
                {
                    ops.Add(new Op('-', prefix + p, prefix + q));
                    p++;
                }
                else
                {
                    ops.Add(new Op('+', prefix + p, prefix + q));
                    q++;
                }
            }
        }

        for (var k = suffix; k > 0; k--)
        {
            ops.Add(new Op(' ', a.Count - k, b.Count - k));
        }

        return ops;
    }
}
