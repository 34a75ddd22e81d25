using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ToneCheck.Config;
using ToneCheck.Input;

namespace ToneCheck.Checking;

/// <summary>Checks files in parallel on all cores; results come back in input order, so output is deterministic.</summary>
internal static class CheckRunner
{
    public static FileResult[] Run(IReadOnlyList<(InputFile File, ToneCheckConfig Config)> files, CheckSettings settings, Action? onFileDone = null)
    {
        var results = new FileResult[files.Count];
        var checker = new FileChecker(settings);
        if (files.Count == 0)
        {
            return results;
        }

        var jobs = Math.Max(1, Math.Min(settings.Jobs, files.Count));
        if (jobs == 1)
        {
            for (var i = 0; i < files.Count; i++)
            {
                results[i] = checker.Check(files[i].File, files[i].Config);
                onFileDone?.Invoke();
            }

            return results;
        }

        // Work stealing over an index: cheap, and keeps each result in its slot.
        var next = -1;
        var threads = new Task[jobs];
        for (var t = 0; t < jobs; t++)
        {
            threads[t] = Task.Factory.StartNew(
                () =>
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < files.Count)
                    {
                        results[i] = checker.Check(files[i].File, files[i].Config);
                        onFileDone?.Invoke();
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        Task.WaitAll(threads);
        return results;
    }
}
