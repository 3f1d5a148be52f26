namespace PluginCrm.ValueScoring.Rfm;

/// <summary>A customer's R, F and M scores (1–5, 5 best) and the segment they map to.</summary>
public sealed record RfmScore(int R, int F, int M, string Segment);
