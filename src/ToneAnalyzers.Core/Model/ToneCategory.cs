namespace ToneAnalyzers;

/// <summary>The eight categories of the taxonomy; each maps to one diagnostic id (TONE001..TONE008).</summary>
public enum ToneCategory
{
    OwedGratitude = 1,
    Dismissal = 2,
    Condescension = 3,
    Blame = 4,
    TonePolicing = 5,
    RightsDenial = 6,
    ManipulativePressure = 7,
    HollowPlatitude = 8,
}
