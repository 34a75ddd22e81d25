using System;
using System.Collections.Generic;
using System.Text;

namespace ToneAnalyzers.Text;

/// <summary>
/// Text assembled from pieces of a source document (the visible text of a Markdown paragraph, a template with
/// its tags masked, an XML value with entities decoded), remembering where each piece came from, so a finding in
/// the assembled text maps back to exact offsets in the source.
/// </summary>
public sealed class MappedText
{
    private readonly Segment[] _segments;

    internal MappedText(string text, Segment[] segments)
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

    internal readonly struct Segment
    {
        public Segment(int textStart, int sourceStart, int sourceLength, bool verbatim)
        {
            TextStart = textStart;
            SourceStart = sourceStart;
            SourceLength = sourceLength;
            Verbatim = verbatim;
        }

        public int TextStart { get; }

        public int SourceStart { get; }

        public int SourceLength { get; }

        public bool Verbatim { get; }
    }
}

/// <summary>Builds a <see cref="MappedText"/> piece by piece.</summary>
public sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    // An array, not a List<Segment>: that instantiation over our struct cannot be precompiled (ReadyToRun) with our code.
    private MappedText.Segment[] _segments = new MappedText.Segment[8];
    private int _segmentCount;

    public int Length => _text.Length;

    /// <summary>Copies <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>; offsets map one to one.</summary>
    public MappedTextBuilder Append(string source, int start, int length)
    {
        if (length <= 0)
        {
            return this;
        }

        // Two verbatim runs that touch in the source and in the text are one segment (a literal split by a parser).
        if (_segmentCount > 0 && _segments[_segmentCount - 1] is { Verbatim: true } last &&
            last.TextStart + last.SourceLength == _text.Length && last.SourceStart + last.SourceLength == start)
        {
            _segments[_segmentCount - 1] = new MappedText.Segment(last.TextStart, last.SourceStart, last.SourceLength + length, verbatim: true);
        }
        else
        {
            AddSegment(new MappedText.Segment(_text.Length, start, length, verbatim: true));
        }

        _text.Append(source, start, length);
        return this;
    }

    /// <summary>
    /// Adds text that stands for <paramref name="sourceLength"/> source characters at <paramref name="sourceStart"/>:
    /// a decoded entity, a space for a masked tag, or <see cref="Hole"/> for an interpolation hole.
    /// </summary>
    public MappedTextBuilder AppendReplacement(string text, int sourceStart, int sourceLength)
    {
        if (text.Length == 0)
        {
            return this;
        }

        AddSegment(new MappedText.Segment(_text.Length, sourceStart, sourceLength, verbatim: false));
        _text.Append(text);
        return this;
    }

    /// <summary>A character that counts as one opaque word (an interpolation hole, a template expression).</summary>
    public const string Hole = "\uFFFC";

    /// <summary>Empties the builder so it can be reused.</summary>
    public void Clear()
    {
        _text.Clear();
        _segmentCount = 0;
    }

    public MappedText Build()
    {
        var segments = new MappedText.Segment[_segmentCount];
        Array.Copy(_segments, segments, _segmentCount);
        return new MappedText(_text.ToString(), segments);
    }

    private void AddSegment(in MappedText.Segment segment)
    {
        if (_segmentCount == _segments.Length)
        {
            Array.Resize(ref _segments, _segmentCount * 2);
        }

        _segments[_segmentCount++] = segment;
    }
}
