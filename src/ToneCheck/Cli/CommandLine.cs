using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using ToneAnalyzers;
using ToneCheck.Checking;
using ToneCheck.Input;

namespace ToneCheck.Cli;

/// <summary>The command-line surface (System.CommandLine): definitions, help text, and conversion to <see cref="CliOptions"/>.</summary>
internal sealed class CommandLine
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Files, folders (searched recursively) or globs to check; '-' reads standard input. Default: the current folder.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format: text, json, sarif, github or html.",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the report to this file instead of standard output." };

    private readonly Option<string?> _config = new("--config", "-c") { Description = "Use this config file for every file (instead of the nearest .tonecheck.yaml)." };

    private readonly Option<string> _failOn = new("--fail-on")
    {
        Description = "Exit with 1 when a finding has at least this severity: error, warning, suggestion or none.",
        DefaultValueFactory = _ => "warning",
    };

    private readonly Option<string?> _baseline = new("--baseline") { Description = "Report only findings not recorded in this baseline file." };

    private readonly Option<bool> _writeBaseline = new("--write-baseline") { Description = "Record today's findings in the --baseline file and exit 0." };

    private readonly Option<bool> _fix = new("--fix") { Description = "Apply suggestions of rules marked safe for unattended fixing." };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "With --fix: print a unified diff instead of changing files." };

    private readonly Option<string?> _shard = new("--shard") { Description = "Check a stable share K/N of the files (for CI matrices), e.g. 2/4." };

    private readonly Option<string[]> _include = new("--include") { Description = "Only check files matching this glob (repeatable).", AllowMultipleArgumentsPerToken = false };

    private readonly Option<string[]> _exclude = new("--exclude") { Description = "Skip files matching this glob (repeatable)." };

    private readonly Option<bool> _noIgnore = new("--no-ignore") { Description = "Do not read .gitignore files." };

    private readonly Option<string?> _language = new("--language", "-l") { Description = "Check every file in these languages (en, ru, pl, sr, all), overriding config, front matter and paths." };

    private readonly Option<string?> _model = new("--model")
    {
        Description = "Which texts the statistical model judges where no rule matched: short (messages, UI strings, templates; not Markdown documents; the default), all (Markdown paragraphs too), off.",
    };

    private readonly Option<long> _maxFileSize = new("--max-file-size")
    {
        Description = "Files larger than this many bytes are reported as errors and not checked.",
        DefaultValueFactory = _ => CheckSettings.DefaultMaxFileBytes,
    };

    private readonly Option<int> _jobs = new("--jobs", "-j") { Description = "Files checked at once (default: number of cores)." };

    private readonly Option<bool> _colour = new("--color") { Description = "Force coloured text output." };

    private readonly Option<bool> _noColour = new("--no-color") { Description = "Never colour text output." };

    private readonly Option<bool> _noProgress = new("--no-progress") { Description = "Never show a progress bar." };

    private readonly Option<string?> _stdinKind = new("--stdin-kind") { Description = "How to read standard input: md (default), txt, resx, html, cshtml, hbs, liquid, sbn." };

    private readonly Option<string?> _stdinPath = new("--stdin-path") { Description = "Name reported for standard input (also used for language and config lookup)." };

    private readonly Option<bool> _parseOnly = new("--parse-only") { Description = "Benchmark: discover, read and parse Markdown only.", Hidden = true };

    public CommandLine()
    {
        Root = new RootCommand("tonecheck: finds condescending and manipulative wording in help-centre articles, templates and resource files, and proposes respectful rewrites.")
        {
            _paths, _format, _output, _config, _failOn, _baseline, _writeBaseline, _fix, _dryRun, _shard, _include, _exclude, _noIgnore,
            _language, _model, _maxFileSize, _jobs, _colour, _noColour, _noProgress, _stdinKind, _stdinPath, _parseOnly,
        };
        Root.SetAction(static _ => 0);
    }

    public RootCommand Root { get; }

    /// <summary>Converts a parse result to options; problems go to <paramref name="errors"/>.</summary>
    public CliOptions ToOptions(ParseResult result, List<string> errors)
    {
        var options = new CliOptions();
        options.Paths.AddRange(result.GetValue(_paths) ?? Array.Empty<string>());
        var format = (result.GetValue(_format) ?? "text").ToLowerInvariant();
        options.Format = format switch
        {
            "text" => OutputFormat.Text,
            "json" => OutputFormat.Json,
            "sarif" => OutputFormat.Sarif,
            "github" => OutputFormat.GitHub,
            "html" => OutputFormat.Html,
            _ => Fail(OutputFormat.Text, $"--format must be text, json, sarif, github or html, not '{format}'"),
        };
        options.OutputPath = result.GetValue(_output);
        options.ConfigPath = result.GetValue(_config);
        var failOn = result.GetValue(_failOn) ?? "warning";
        if (string.Equals(failOn, "none", StringComparison.OrdinalIgnoreCase) || string.Equals(failOn, "never", StringComparison.OrdinalIgnoreCase))
        {
            options.FailOn = null;
        }
        else if (SeverityNames.TryParse(failOn, out var severity) && severity != ToneSeverity.Hidden)
        {
            options.FailOn = severity;
        }
        else
        {
            errors.Add($"--fail-on must be error, warning, suggestion or none, not '{failOn}'");
        }

        options.BaselinePath = result.GetValue(_baseline);
        options.WriteBaseline = result.GetValue(_writeBaseline);
        options.Fix = result.GetValue(_fix);
        options.DryRun = result.GetValue(_dryRun);
        if (result.GetValue(_shard) is { } shardText)
        {
            if (Shard.TryParse(shardText, out var shard, out var shardError))
            {
                options.Shard = shard;
            }
            else
            {
                errors.Add(shardError!);
            }
        }

        options.Include.AddRange(result.GetValue(_include) ?? Array.Empty<string>());
        options.Exclude.AddRange(result.GetValue(_exclude) ?? Array.Empty<string>());
        options.NoIgnore = result.GetValue(_noIgnore);
        if (result.GetValue(_language) is { } languageText)
        {
            options.Languages = ToneLanguages.ParseList(languageText, out var unknown);
            if (unknown.Count > 0 || options.Languages == ToneLanguage.None)
            {
                errors.Add($"--language: unknown language '{string.Join(", ", unknown)}'; use en, ru, pl, sr or all");
            }
        }

        if (result.GetValue(_model) is { } modelText)
        {
            if (ModelScopes.TryParse(modelText, out var scope))
            {
                options.Model = scope;
            }
            else
            {
                errors.Add($"--model: unknown value '{modelText}'; use short, all or off");
            }
        }

        options.MaxFileBytes = result.GetValue(_maxFileSize);
        if (options.MaxFileBytes <= 0)
        {
            errors.Add("--max-file-size must be a positive number of bytes");
        }

        options.Jobs = result.GetValue(_jobs);
        if (options.Jobs < 0)
        {
            errors.Add("--jobs must be 1 or more");
        }

        options.Colour = result.GetValue(_noColour) ? false : result.GetValue(_colour) ? true : null;
        options.NoProgress = result.GetValue(_noProgress);
        if (result.GetValue(_stdinKind) is { } kindText)
        {
            if (FileKinds.TryParse(kindText, out var kind))
            {
                options.StdinKind = kind;
            }
            else
            {
                errors.Add($"--stdin-kind: unknown kind '{kindText}'");
            }
        }

        options.StdinPath = result.GetValue(_stdinPath);
        if (options.StdinPath is not null && result.GetValue(_stdinKind) is null)
        {
            var kind = FileKinds.FromPath(options.StdinPath);
            if (kind != FileKind.Unknown)
            {
                options.StdinKind = kind;
            }
        }

        options.ParseOnly = result.GetValue(_parseOnly);

        if (options.DryRun && !options.Fix)
        {
            errors.Add("--dry-run only goes with --fix");
        }

        if (options.WriteBaseline && options.BaselinePath is null)
        {
            errors.Add("--write-baseline needs --baseline FILE to know where to write");
        }

        if (options.Fix && options.Paths.Contains("-"))
        {
            errors.Add("--fix cannot change standard input; name the files instead");
        }

        return options;

        T Fail<T>(T value, string message)
        {
            errors.Add(message);
            return value;
        }
    }

    public static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
