using System;
using System.Collections.Generic;
using ToneAnalyzers;

namespace ToneCheck.Extraction;

/// <summary>
/// The prose of one file as the engine sees it: one <see cref="SourceMap"/> holding every independent piece
/// (paragraph, heading, table cell, resource value...) separated by blank lines, plus the suppression comments found.
/// </summary>
internal sealed class ExtractedText
{
    public ExtractedText(SourceMap mapped, IReadOnlyList<TextPiece> pieces, IReadOnlyList<SuppressionDirective> directives, ToneLanguage declaredLanguage)
    {
        Mapped = mapped;
        Pieces = pieces;
        Directives = directives;
        DeclaredLanguage = declaredLanguage;
    }

    public SourceMap Mapped { get; }

    public IReadOnlyList<TextPiece> Pieces { get; }

    public IReadOnlyList<SuppressionDirective> Directives { get; }

    /// <summary>The language the file declares (front matter <c>lang</c>/<c>locale</c>), or None.</summary>
    public ToneLanguage DeclaredLanguage { get; }
}

/// <summary>One independent piece of text, a slice of <see cref="ExtractedText.Mapped"/>.</summary>
/// <param name="Suppressed">Rule ids suppressed for the whole piece (a .resx comment); empty = every rule; null = none.</param>
internal readonly record struct TextPiece(int Start, int Length, IReadOnlyList<string>? Suppressed = null);

/// <summary>
/// The engine's text of one file and where each stretch of it came from in the source, so a finding maps back to exact
/// source offsets. The same mapping as <see cref="ToneAnalyzers.Text.MappedText"/>, built from buffers that
/// <see cref="TextCollector"/> reuses from file to file.
/// </summary>
internal sealed class SourceMap
{
    private readonly Segment[] _segments;

    public SourceMap(string text, Segment[] segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    /// <summary>Maps a span of <see cref="Text"/> to the source: (start, end) offsets, end exclusive.</summary>
    public (int Start, int End) ToSource(int start, int length)
    {
        var s = MapStart(start);
        var e = length == 0 ? s : MapEnd(start + length);
        return (s, Math.Max(s, e));
    }

    private int MapStart(int offset)
    {
        var segment = Find(offset);
        if (segment < 0)
        {
            return 0;
        }

        var seg = _segments[segment];
        return seg.Verbatim ? seg.SourceStart + Math.Min(offset - seg.TextStart, seg.SourceLength) : seg.SourceStart;
    }

    private int MapEnd(int offset)
    {
        // The character before the end decides: an end inside a replacement maps to the replacement's source end.
        var segment = Find(offset - 1);
        if (segment < 0)
        {
            return 0;
        }

        var seg = _segments[segment];
        return seg.Verbatim ? seg.SourceStart + Math.Min(offset - seg.TextStart, seg.SourceLength) : seg.SourceStart + seg.SourceLength;
    }

    private int Find(int offset)
    {
        int lo = 0, hi = _segments.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_segments[mid].TextStart <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>A stretch of the text: copied verbatim from the source (offsets map one to one), or standing for a source span.</summary>
    internal readonly record struct Segment(int TextStart, int SourceStart, int SourceLength, bool Verbatim);
}

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
    private readonly List<SourceMap.Segment> _segments = new();
    private char[] _text = new char[4096];
    private int _length;
    private int _pieceStart = -1;
    private int _lastSourceEnd;
    private bool _rented;

    public List<SuppressionDirective> Directives { get; } = new();

    public ToneLanguage DeclaredLanguage { get; set; }

    public int Length => _length;

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
        if (_length > 0)
        {
            AddSegment(PieceSeparator, _lastSourceEnd, 0);
        }

        _pieceStart = _length;
    }

    public void EndPiece(IReadOnlyList<string>? suppressed = null)
    {
        if (_pieceStart >= 0 && _length > _pieceStart)
        {
            _pieces.Add(new TextPiece(_pieceStart, _length - _pieceStart, suppressed));
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

        // Two verbatim runs that touch in the source and in the text are one segment (a literal split by Markdig).
        if (_segments.Count > 0 && _segments[^1] is { Verbatim: true } last && last.TextStart + last.SourceLength == _length && last.SourceStart + last.SourceLength == start)
        {
            _segments[^1] = last with { SourceLength = last.SourceLength + length };
        }
        else
        {
            _segments.Add(new SourceMap.Segment(_length, start, length, Verbatim: true));
        }

        Write(source.AsSpan(start, length));
        _lastSourceEnd = start + length;
    }

    /// <summary>Text standing for a span of source (decoded entity, line break, masked tag).</summary>
    public void Replace(string text, int sourceStart, int sourceLength)
    {
        if (text.Length == 0)
        {
            return;
        }

        AddSegment(text, sourceStart, sourceLength);
        _lastSourceEnd = Math.Max(_lastSourceEnd, sourceStart + sourceLength);
    }

    /// <summary>An opaque word (code span, URL, template expression).</summary>
    public void Hole(int sourceStart, int sourceLength) => Replace(ToneAnalyzers.Text.MappedTextBuilder.Hole, sourceStart, sourceLength);

    /// <summary>The text and its map; the collector goes back to its thread for the next file.</summary>
    public ExtractedText Build()
    {
        var text = _length == 0 ? string.Empty : new string(_text, 0, _length);
        var result = new ExtractedText(
            new SourceMap(text, _segments.ToArray()),
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

    private void AddSegment(string text, int sourceStart, int sourceLength)
    {
        _segments.Add(new SourceMap.Segment(_length, sourceStart, sourceLength, Verbatim: false));
        Write(text.AsSpan());
    }

    private void Write(ReadOnlySpan<char> chars)
    {
        if (_length + chars.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + chars.Length));
        }

        chars.CopyTo(_text.AsSpan(_length));
        _length += chars.Length;
    }

    private void Reset()
    {
        _pieces.Clear();
        _segments.Clear();
        Directives.Clear();
        DeclaredLanguage = ToneLanguage.None;
        _length = 0;
        _pieceStart = -1;
        _lastSourceEnd = 0;
        _rented = false;
        if (_text.Length > 1 << 20)
        {
            _text = new char[4096]; // do not hold on to a huge buffer after an outsized file
        }
    }
}
