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

/// <summary>
/// Collects pieces into one mapped text. One collector per thread is reused from file to file
/// (<see cref="Rent"/>, given back by <see cref="Build"/>): its buffers grow to the largest file once, so
/// extraction allocates little more than the final text.
/// </summary>
internal sealed class TextCollector
{
    /// <summary>What stands between two pieces in the engine's text: a blank line, which no phrase crosses.</summary>
    public const string PieceSeparator = "\n\n";

    [ThreadStatic]
    private static TextCollector? t_free;

    private readonly List<TextPiece> _pieces = new();
    private MappedTextBuilder _builder = new();
    private int _pieceStart = -1;
    private int _lastSourceEnd;
    private bool _rented;

    public List<SuppressionDirective> Directives { get; } = new();

    public ToneLanguage DeclaredLanguage { get; set; }

    public int Length => _builder.Length;

    /// <summary>An empty collector: this thread's reusable one when it is free, else a new one.</summary>
    public static TextCollector Rent()
    {
        var collector = t_free ?? new TextCollector();
        t_free = null;
        collector._rented = true;
        return collector;
    }

    public void BeginPiece()
    {
        if (_builder.Length > 0)
        {
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

    /// <summary>The text and its map; the collector goes back to its thread for the next file.</summary>
    public ExtractedText Build()
    {
        var result = new ExtractedText(
            _builder.Build(),
            _pieces.ToArray(),
            Directives.Count == 0 ? Array.Empty<SuppressionDirective>() : Directives.ToArray(),
            DeclaredLanguage);
        if (_rented)
        {
            Reset();
            t_free = this;
        }

        return result;
    }

    private void Reset()
    {
        _pieces.Clear();
        Directives.Clear();
        DeclaredLanguage = ToneLanguage.None;
        _pieceStart = -1;
        _lastSourceEnd = 0;
        _rented = false;
        if (_builder.Length > 1 << 20)
        {
            _builder = new MappedTextBuilder(); // do not hold on to a huge buffer after an outsized file
        }
        else
        {
            _builder.Clear();
        }
    }
}
