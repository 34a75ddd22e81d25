using System;
using System.Collections.Generic;
using System.IO;

namespace ToneCheck.Input;

internal sealed class DiscoveryOptions
{
    public required string WorkingDirectory { get; init; }

    public IReadOnlyList<string> Include { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> Exclude { get; init; } = Array.Empty<string>();

    public bool UseGitIgnore { get; init; } = true;

    /// <summary>How text read from standard input is extracted.</summary>
    public FileKind StdinKind { get; init; } = FileKind.Markdown;

    /// <summary>The name standard input is reported under (also used for language and config lookup).</summary>
    public string? StdinPath { get; init; }
}

internal sealed class DiscoveryResult
{
    public List<InputFile> Files { get; } = new();

    /// <summary>Problems with the command line itself (a path that does not exist): exit code 2.</summary>
    public List<string> UsageErrors { get; } = new();
}

/// <summary>
/// Turns command-line inputs (files, folders, globs, "-") into a sorted, de-duplicated list of files, walking folders
/// with .gitignore rules, skipping hidden folders and keeping only the kinds tonecheck reads.
/// </summary>
internal static class InputDiscovery
{
    public static DiscoveryResult Discover(IReadOnlyList<string> inputs, DiscoveryOptions options)
    {
        var result = new DiscoveryResult();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var include = new PathGlobs(options.Include);
        var exclude = new PathGlobs(options.Exclude);
        var cwd = Path.GetFullPath(options.WorkingDirectory);
        var list = inputs.Count == 0 ? new[] { "." } : inputs;
        foreach (var input in list)
        {
            if (input == "-")
            {
                var name = options.StdinPath ?? "-";
                var full = options.StdinPath is null ? Path.Combine(cwd, "-") : Path.GetFullPath(options.StdinPath, cwd);
                if (seen.Add("\0stdin"))
                {
                    result.Files.Add(new InputFile(full, options.StdinPath is null ? "<stdin>" : Display(cwd, full), options.StdinKind, isExplicit: true) { IsStdin = true });
                }

                continue;
            }

            if (PathGlobs.HasGlobCharacters(input))
            {
                ExpandGlob(input, cwd, options, include, exclude, seen, result);
                continue;
            }

            var path = Path.GetFullPath(input, cwd);
            if (File.Exists(path))
            {
                if (seen.Add(path))
                {
                    var kind = FileKinds.FromPath(path);
                    result.Files.Add(new InputFile(path, Display(cwd, path), kind == FileKind.Unknown ? FileKind.PlainText : kind, isExplicit: true));
                }
            }
            else if (Directory.Exists(path))
            {
                var walker = new Walker(TrimEnd(path), cwd, options.UseGitIgnore, include, exclude, seen, result, fileFilter: null);
                walker.Run();
            }
            else
            {
                result.UsageErrors.Add($"{input}: no such file or folder");
            }
        }

        result.Files.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return result;
    }

    /// <summary>The path reports show: relative to the working folder, '/' separators.</summary>
    public static string Display(string cwd, string fullPath)
    {
        var relative = Path.GetRelativePath(cwd, fullPath);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static void ExpandGlob(string input, string cwd, DiscoveryOptions options, PathGlobs include, PathGlobs exclude, HashSet<string> seen, DiscoveryResult result)
    {
        var normalized = input.Replace('\\', '/');
        var segments = normalized.Split('/');
        var baseCount = 0;
        while (baseCount < segments.Length - 1 && !PathGlobs.HasGlobCharacters(segments[baseCount]))
        {
            baseCount++;
        }

        var basePart = string.Join('/', segments, 0, baseCount);
        var pattern = string.Join('/', segments, baseCount, segments.Length - baseCount);
        var baseDir = TrimEnd(Path.GetFullPath(basePart.Length == 0 ? "." : (normalized.StartsWith('/') && basePart.Length == 0 ? "/" : basePart), cwd));
        if (!Directory.Exists(baseDir))
        {
            result.UsageErrors.Add($"{input}: no such folder '{basePart}'");
            return;
        }

        var globs = new PathGlobs(new[] { pattern }, anchored: true);
        var last = segments[^1];
        var dot = last.LastIndexOf('.');
        var explicitExtension = dot >= 0 && !PathGlobs.HasGlobCharacters(last[dot..]);
        var before = result.Files.Count;
        var walker = new Walker(baseDir, cwd, options.UseGitIgnore, include, exclude, seen, result, (relative, kind) =>
            globs.Matches(relative) && (kind != FileKind.Unknown || explicitExtension));
        walker.Run();
        if (result.Files.Count == before)
        {
            result.UsageErrors.Add($"{input}: no files match");
        }
    }

    private static string TrimEnd(string path) =>
        path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : path;

    private sealed class Walker
    {
        private readonly string _root;
        private readonly string _cwd;
        private readonly bool _useGitIgnore;
        private readonly PathGlobs _include;
        private readonly PathGlobs _exclude;
        private readonly HashSet<string> _seen;
        private readonly DiscoveryResult _result;
        private readonly Func<string, FileKind, bool>? _fileFilter;
        private readonly List<GitIgnore> _ignores = new();

        public Walker(string root, string cwd, bool useGitIgnore, PathGlobs include, PathGlobs exclude, HashSet<string> seen, DiscoveryResult result, Func<string, FileKind, bool>? fileFilter)
        {
            _root = root;
            _cwd = cwd;
            _useGitIgnore = useGitIgnore;
            _include = include;
            _exclude = exclude;
            _seen = seen;
            _result = result;
            _fileFilter = fileFilter;
        }

        public void Run()
        {
            if (_useGitIgnore)
            {
                AddAncestorIgnores();
            }

            Walk(_root);
        }

        private void AddAncestorIgnores()
        {
            // .gitignore files above the root count only inside the same git repository.
            var ancestors = new List<string>();
            for (var dir = Path.GetDirectoryName(_root); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                ancestors.Add(dir);
                if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git")))
                {
                    for (var i = ancestors.Count - 1; i >= 0; i--)
                    {
                        var ignore = GitIgnore.Load(ancestors[i]);
                        if (ignore is not null)
                        {
                            _ignores.Add(ignore);
                        }
                    }

                    return;
                }
            }
        }

        private void Walk(string directory)
        {
            var pushed = false;
            if (_useGitIgnore)
            {
                var ignore = GitIgnore.Load(directory);
                if (ignore is not null)
                {
                    _ignores.Add(ignore);
                    pushed = true;
                }
            }

            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(directory).EnumerateFileSystemInfos();
                var files = new List<FileInfo>();
                var dirs = new List<DirectoryInfo>();
                foreach (var entry in entries)
                {
                    if (entry is DirectoryInfo d)
                    {
                        dirs.Add(d);
                    }
                    else if (entry is FileInfo f)
                    {
                        files.Add(f);
                    }
                }

                foreach (var file in files)
                {
                    VisitFile(file);
                }

                foreach (var dir in dirs)
                {
                    if (dir.Name.StartsWith('.') || dir.LinkTarget is not null || IsIgnored(dir.FullName, isDirectory: true))
                    {
                        continue;
                    }

                    Walk(dir.FullName);
                }
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                _result.UsageErrors.Add($"{Display(_cwd, directory)}: cannot list the folder: {e.Message}");
            }

            if (pushed)
            {
                _ignores.RemoveAt(_ignores.Count - 1);
            }
        }

        private void VisitFile(FileInfo file)
        {
            var kind = FileKinds.FromPath(file.Name);
            var full = file.FullName;
            var relative = RelativeToRoot(full);
            if (_fileFilter is not null)
            {
                if (!_fileFilter(relative, kind))
                {
                    return;
                }

                if (kind == FileKind.Unknown)
                {
                    kind = FileKind.PlainText;
                }
            }
            else if (kind == FileKind.Unknown)
            {
                return;
            }

            if (IsIgnored(full, isDirectory: false))
            {
                return;
            }

            var display = Display(_cwd, full);
            if (!_include.IsEmpty && !_include.Matches(relative) && !_include.Matches(display))
            {
                return;
            }

            if (!_exclude.IsEmpty && (_exclude.Matches(relative) || _exclude.Matches(display)))
            {
                return;
            }

            if (_seen.Add(full))
            {
                _result.Files.Add(new InputFile(full, display, kind, isExplicit: false));
            }
        }

        private string RelativeToRoot(string full)
        {
            var relative = full.Length > _root.Length ? full[(_root.Length + (_root.EndsWith(Path.DirectorySeparatorChar) ? 0 : 1))..] : string.Empty;
            return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
        }

        private bool IsIgnored(string full, bool isDirectory)
        {
            bool? ignored = null;
            foreach (var ignore in _ignores)
            {
                var dir = ignore.Directory;
                if (full.Length <= dir.Length || !full.StartsWith(dir, StringComparison.Ordinal))
                {
                    continue;
                }

                var relative = full[(dir.Length + (dir.EndsWith(Path.DirectorySeparatorChar) ? 0 : 1))..];
                if (Path.DirectorySeparatorChar != '/')
                {
                    relative = relative.Replace(Path.DirectorySeparatorChar, '/');
                }

                var match = ignore.Match(relative, isDirectory);
                if (match is not null)
                {
                    ignored = match;
                }
            }

            return ignored == true;
        }
    }
}
