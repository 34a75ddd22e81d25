using System.Collections.Generic;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers.Templates;

/// <summary>Replacements of source ranges (masked markup, holes, decoded entities), added left to right, turned into a <see cref="MappedText"/>.</summary>
public sealed class EditList
{
    private readonly List<(int Start, int Length, string Text)> _edits = new();
    private int _end;

    /// <summary>Replaces <paramref name="length"/> source characters at <paramref name="start"/> by <paramref name="text"/> (ignored if it overlaps an earlier edit).</summary>
    public void Add(int start, int length, string text)
    {
        if (length <= 0 || start < _end)
        {
            return;
        }

        _edits.Add((start, length, text));
        _end = start + length;
    }

    public MappedText Build(string source)
    {
        var builder = new MappedTextBuilder();
        var position = 0;
        foreach (var (start, length, text) in _edits)
        {
            builder.Append(source, position, start - position);
            builder.AppendReplacement(text, start, length);
            position = start + length;
        }

        builder.Append(source, position, source.Length - position);
        return builder.Build();
    }
}
