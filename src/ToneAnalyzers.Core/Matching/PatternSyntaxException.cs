using System;

namespace ToneAnalyzers.Matching;

/// <summary>A pattern that cannot be compiled; <see cref="Position"/> is the 0-based character in the pattern text.</summary>
public sealed class PatternSyntaxException : Exception
{
    public PatternSyntaxException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    public PatternSyntaxException()
    {
    }

    public PatternSyntaxException(string message)
        : base(message)
    {
    }

    public PatternSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Position { get; }
}
