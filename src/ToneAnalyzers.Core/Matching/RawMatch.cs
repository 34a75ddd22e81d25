namespace ToneAnalyzers.Matching;

/// <summary>A pattern that matched words [FirstToken..LastToken] of the scanned text.</summary>
internal readonly struct RawMatch
{
    public RawMatch(int pattern, int firstToken, int lastToken)
    {
        Pattern = pattern;
        FirstToken = firstToken;
        LastToken = lastToken;
    }

    public int Pattern { get; }

    public int FirstToken { get; }

    public int LastToken { get; }
}
