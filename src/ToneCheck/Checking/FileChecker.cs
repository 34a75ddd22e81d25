using System;
using System.Collections.Generic;
using System.Text;
using System.Xml;
using ToneAnalyzers;
using ToneAnalyzers.Text;
using ToneCheck.Config;
using ToneCheck.Extraction;
using ToneCheck.Input;

namespace ToneCheck.Checking;

/// <summary>Checks one file: read, extract the prose, run the engine on each piece, map back, apply suppressions.</summary>
internal sealed class FileChecker
{
    private readonly CheckSettings _settings;

    public FileChecker(CheckSettings settings)
    {
        _settings = settings;
    }

    public FileResult Check(InputFile file, ToneCheckConfig config)
    {
        var result = new FileResult(file);
        SourceDocument? document;
        string? error;
        if (file.IsStdin)
        {
            error = "standard input is not available";
            document = _settings.StdinBytes is null ? null : SourceReader.Decode(_settings.StdinBytes, out error);
        }
        else
        {
            document = SourceReader.Read(file.FullPath, _settings.MaxFileBytes, _settings.ReadAllBytes, out error);
        }

        if (document is null)
        {
            result.Error = error ?? "cannot read the file";
            return result;
        }

        if (_settings.KeepDocuments)
        {
            result.Document = document;
        }

        var source = document.Text;
        ExtractedText extracted;
        try
        {
            extracted = Extractors.Extract(source, file.Kind, config.FrontMatterKeys);
        }
        catch (XmlException e)
        {
            result.Error = $"not well-formed XML at line {e.LineNumber}, column {e.LinePosition}: {e.Message}";
            return result;
        }

        var languages = LanguageResolver.Resolve(config.Languages, extracted.DeclaredLanguage, file.DisplayPath);
        var engine = config.Engine;
        var text = extracted.Mapped.Text;
        var pieces = extracted.Pieces;
        if (pieces.Count == 0)
        {
            return result;
        }

        // Documents: one engine call per file (pieces are separated by blank lines, which no phrase crosses). Where the
        // model judges each piece as a message, one call per piece, in the languages of the whole file.
        var first = pieces[0].Start;
        var last = pieces[^1].Start + pieces[^1].Length;
        var findings = JudgesPieces(config, file.Kind)
            ? AnalyzePieces(engine, text, pieces, languages != ToneLanguage.None ? languages : LanguageDetector.Detect(text, first, last - first))
            : engine.Analyze(text, first, last - first, languages);

        if (findings.Count == 0)
        {
            return result;
        }

        var lines = new LineMap(source);
        Suppressor? suppressor = null;
        foreach (var finding in findings)
        {
            if (finding.Severity == ToneSeverity.Hidden)
            {
                continue;
            }

            var piece = PieceAt(pieces, finding.Start);
            if (piece.Suppressed is { } ids && SuppressionDirective.Matches(ids, finding.Rule))
            {
                result.Suppressed++;
                continue;
            }

            var (start, end) = extracted.Mapped.ToSource(finding.Start, finding.Length);
            suppressor ??= new Suppressor(extracted.Directives, lines);
            if (suppressor.IsSuppressed(finding.Rule, start))
            {
                result.Suppressed++;
                continue;
            }

            result.Findings.Add(CreateFinding(file, source, lines, text, piece, finding, start, end));
        }

        // Pieces are visited in document order, except attribute values and front matter; sort by position.
        result.Findings.Sort(static (a, b) => a.SourceStart != b.SourceStart ? a.SourceStart.CompareTo(b.SourceStart) : string.CompareOrdinal(a.RuleId, b.RuleId));
        return result;
    }

    /// <summary>
    /// The model judges message-sized texts: each paragraph of a message, template or resource file. Markdown help
    /// articles are documents, where it raises too many false alarms, unless the config asks for all texts.
    /// </summary>
    private static bool JudgesPieces(ToneCheckConfig config, FileKind kind) =>
        config.ModelScope == ModelScope.AllTexts || (config.ModelScope == ModelScope.ShortTexts && kind != FileKind.Markdown);

    /// <summary>The findings of each piece on its own: the rules' and, where they found nothing, the model's.</summary>
    private static IReadOnlyList<Finding> AnalyzePieces(ToneEngine engine, string text, IReadOnlyList<TextPiece> pieces, ToneLanguage languages)
    {
        List<Finding>? all = null; // pieces are in text order, so the findings are too
        foreach (var piece in pieces)
        {
            var found = engine.Analyze(text, piece.Start, piece.Length, languages);
            if (found.Count > 0)
            {
                (all ??= new List<Finding>()).AddRange(found);
            }
        }

        return all ?? (IReadOnlyList<Finding>)Array.Empty<Finding>();
    }

    /// <summary>The piece holding a text offset (pieces are in ascending order).</summary>
    private static TextPiece PieceAt(IReadOnlyList<TextPiece> pieces, int offset)
    {
        int lo = 0, hi = pieces.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (pieces[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return pieces[lo];
    }

    private static CheckFinding CreateFinding(InputFile file, string source, LineMap lines, string text, TextPiece piece, Finding finding, int start, int end)
    {
        var (line, column) = lines.GetPosition(start);
        var (endLine, endColumn) = lines.GetPosition(end);
        var sourceSpan = source.AsSpan(start, end - start);
        var canFix = finding.Rule.AutoFix && finding.Suggestions.Count > 0 && !file.IsStdin && IsPlainSpan(sourceSpan, finding.MatchedText, file.Kind);
        var (before, after) = Context(text, piece, finding.Start, finding.End);
        return new CheckFinding
        {
            Path = file.DisplayPath,
            Line = line,
            Column = column,
            EndLine = endLine,
            EndColumn = endColumn,
            SourceStart = start,
            SourceEnd = end,
            Rule = finding.Rule,
            Severity = finding.Severity,
            Text = finding.MatchedText,
            Suggestions = finding.Suggestions,
            LineText = lines.GetLineText(line),
            ContextBefore = before,
            ContextAfter = after,
            CanAutoFix = canFix,
        };
    }

    /// <summary>The source span is the phrase itself (no emphasis markers, tags or entities inside), so replacing it is safe.</summary>
    private static bool IsPlainSpan(ReadOnlySpan<char> source, string matched, FileKind kind)
    {
        if (source.SequenceEqual(matched.AsSpan()))
        {
            return true;
        }

        // A soft line break inside the phrase: the source has a newline where the reader sees a space.
        if (source.Length != matched.Length || kind != FileKind.Markdown)
        {
            return false;
        }

        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] != matched[i] && !(source[i] == '\n' && matched[i] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sentence around a finding, from the reader's text of its piece.</summary>
    private static (string Before, string After) Context(string text, TextPiece piece, int start, int end)
    {
        const int Limit = 240;
        var pieceEnd = piece.Start + piece.Length;
        var s = start;
        while (s > piece.Start && start - s < Limit && !IsSentenceEnd(text[s - 1]))
        {
            s--;
        }

        var e = end;
        while (e < pieceEnd && e - end < Limit && text[e] != '\n')
        {
            var c = text[e++];
            if (IsSentenceEnd(c))
            {
                break;
            }
        }

        return (Clean(text.AsSpan(s, start - s), trimStart: true), Clean(text.AsSpan(end, e - end), trimStart: false));
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…' or ';' or '\n';

    private static string Clean(ReadOnlySpan<char> span, bool trimStart)
    {
        var sb = new StringBuilder(span.Length);
        foreach (var c in span)
        {
            sb.Append(c switch
            {
                '\uFFFC' => '…',
                '\n' or '\r' or '\t' => ' ',
                _ => c,
            });
        }

        var s = sb.ToString();
        return trimStart ? s.TrimStart() : s.TrimEnd();
    }

    /// <summary>Applies inline directives (disable-next-line, disable-line, disable ... enable) in source order.</summary>
    private sealed class Suppressor
    {
        private readonly IReadOnlyList<SuppressionDirective> _directives;
        private readonly LineMap _lines;
        private readonly int[] _targetLines;

        public Suppressor(IReadOnlyList<SuppressionDirective> directives, LineMap lines)
        {
            _directives = directives;
            _lines = lines;
            _targetLines = new int[directives.Count];
            for (var i = 0; i < directives.Count; i++)
            {
                var d = directives[i];
                var line = lines.GetPosition(Math.Max(d.Start, d.End - 1)).Line;
                if (d.Kind == SuppressionKind.DisableNextLine)
                {
                    // The comment may close on a later line; the next non-blank line after it is the target.
                    line++;
                    while (line <= lines.LineCount && lines.IsBlank(line))
                    {
                        line++;
                    }
                }
                else if (d.Kind == SuppressionKind.DisableLine)
                {
                    line = lines.GetPosition(d.Start).Line;
                }

                _targetLines[i] = line;
            }
        }

        public bool IsSuppressed(ToneRule rule, int offset)
        {
            if (_directives.Count == 0)
            {
                return false;
            }

            var line = _lines.GetPosition(offset).Line;
            var disabled = false;
            for (var i = 0; i < _directives.Count; i++)
            {
                var d = _directives[i];
                switch (d.Kind)
                {
                    case SuppressionKind.DisableNextLine or SuppressionKind.DisableLine:
                        if (_targetLines[i] == line && d.Covers(rule))
                        {
                            return true;
                        }

                        break;
                    case SuppressionKind.Disable when d.Start < offset:
                        if (d.Covers(rule))
                        {
                            disabled = true;
                        }

                        break;
                    case SuppressionKind.Enable when d.Start < offset:
                        if (d.Covers(rule))
                        {
                            disabled = false;
                        }

                        break;
                }
            }

            return disabled;
        }
    }
}
