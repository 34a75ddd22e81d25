namespace ToneAnalyzers.Matching;

/// <summary>The words of one scanned text: original spans and sentence numbers, in growable arrays reused between scans.</summary>
internal sealed class TokenList
{
    public int[] Start = new int[256];
    public int[] End = new int[256];
    public int[] Sentence = new int[256];
    public int Count;

    public void Add(int start, int end, int sentence)
    {
        if (Count == Start.Length)
        {
            System.Array.Resize(ref Start, Count * 2);
            System.Array.Resize(ref End, Count * 2);
            System.Array.Resize(ref Sentence, Count * 2);
        }

        Start[Count] = start;
        End[Count] = end;
        Sentence[Count] = sentence;
        Count++;
    }
}
