using System;
using System.Collections.Generic;

namespace ToneCheck.Extraction;

/// <summary>Offsets to 1-based line and column (UTF-16 code units) and back.</summary>
internal sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _starts;

    public LineMap(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        var index = 0;
        while ((index = text.IndexOf('\n', index)) >= 0)
        {
            starts.Add(++index);
        }

        _starts = starts.ToArray();
    }

    public int LineCount => _starts.Length;

    /// <summary>1-based line and column of an offset.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        var line = Array.BinarySearch(_starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, offset - _starts[line] + 1);
    }

    /// <summary>Offset of a 1-based line and column.</summary>
    public int GetOffset(int line, int column) => Math.Min(_text.Length, _starts[Math.Clamp(line, 1, _starts.Length) - 1] + column - 1);

    public int LineStart(int line) => _starts[line - 1];

    /// <summary>The text of a 1-based line without its terminator.</summary>
    public string GetLineText(int line)
    {
        var start = _starts[line - 1];
        var end = line < _starts.Length ? _starts[line] - 1 : _text.Length;
        if (end > start && end <= _text.Length && end - 1 >= start && _text[end - 1] == '\r')
        {
            end--;
        }

        return end > start ? _text[start..end] : string.Empty;
    }

    public bool IsBlank(int line) => string.IsNullOrWhiteSpace(GetLineText(line));
}
