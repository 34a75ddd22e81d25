using System;
using System.Collections.Generic;
using ToneAnalyzers;
using ToneAnalyzers.Text;

namespace ToneCheck.Extraction;

/// <summary>
/// The prose of one file as the engine sees it: one <see cref="MappedText"/> holding every independent piece
/// (paragraph, heading, table cell, resource value...) separated by blank lines, plus the suppression comments found.
/// </summary>
internal sealed class ExtractedText
{
    public ExtractedText(MappedText mapped, IReadOnlyList<TextPiece> pieces, IReadOnlyList<SuppressionDirective> directives, ToneLanguage declaredLanguage)
    {
        Mapped = mapped;
        Pieces = pieces;
        Directives = directives;
        DeclaredLanguage = declaredLanguage;
    }

    public MappedText Mapped { get; }

    public IReadOnlyList<TextPiece> Pieces { get; }

    public IReadOnlyList<SuppressionDirective> Directives { get; }

    /// <summary>The language the file declares (front matter <c>lang</c>/<c>locale</c>), or None.</summary>
    public ToneLanguage DeclaredLanguage { get; }
}

/// <summary>One independent piece of text, a slice of <see cref="ExtractedText.Mapped"/>.</summary>
/// <param name="Suppressed">Rule ids suppressed for the whole piece (a .resx comment); empty = every rule; null = none.</param>
internal readonly record struct TextPiece(int Start, int Length, IReadOnlyList<string>? Suppressed = null);

/// <summary>Collects pieces into one mapped text.</summary>
internal sealed class TextCollector
{
    private readonly MappedTextBuilder _builder = new();
    private readonly List<TextPiece> _pieces = new();
    /// <summary>What stands between two pieces in the engine's text.</summary>
    public const string PieceSeparator = "\n\uFFFC\n\uFFFC\n";

    private int _pieceStart = -1;
    private int _lastSourceEnd;

    public List<SuppressionDirective> Directives { get; } = new();

    public ToneLanguage DeclaredLanguage { get; set; }

    public int Length => _builder.Length;

    public void BeginPiece()
    {
        if (_builder.Length > 0)
        {
            // Blank lines alone do not stop a plain word sequence in the engine (see the report); two
            // opaque words between line breaks do: no phrase, '_' or '...' gap runs from one piece into the next.
            _builder.AppendReplacement(PieceSeparator, _lastSourceEnd, 0);
        }

        _pieceStart = _builder.Length;
    }

    public void EndPiece(IReadOnlyList<string>? suppressed = null)
    {
        if (_pieceStart >= 0 && _builder.Length > _pieceStart)
        {
            _pieces.Add(new TextPiece(_pieceStart, _builder.Length - _pieceStart, suppressed));
        }

        _pieceStart = -1;
    }

    /// <summary>Source text copied verbatim.</summary>
    public void Append(string source, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        _builder.Append(source, start, length);
        _lastSourceEnd = start + length;
    }

    /// <summary>Text standing for a span of source (decoded entity, line break, masked tag).</summary>
    public void Replace(string text, int sourceStart, int sourceLength)
    {
        if (text.Length == 0)
        {
            return;
        }

        _builder.AppendReplacement(text, sourceStart, sourceLength);
        _lastSourceEnd = Math.Max(_lastSourceEnd, sourceStart + sourceLength);
    }

    /// <summary>An opaque word (code span, URL, template expression).</summary>
    public void Hole(int sourceStart, int sourceLength) => Replace(MappedTextBuilder.Hole, sourceStart, sourceLength);

    public ExtractedText Build() => new(_builder.Build(), _pieces, Directives, DeclaredLanguage);
}
