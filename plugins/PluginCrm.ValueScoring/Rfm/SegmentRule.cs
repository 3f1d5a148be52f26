using System.ComponentModel.DataAnnotations;

namespace PluginCrm.ValueScoring.Rfm;

/// <summary>One line of the admin-editable segment mapping: a name for the customers whose scores fall in the ranges. The first matching line wins.</summary>
public sealed class SegmentRule
{
    [Required, StringLength(40, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [Range(1, 5)] public int RMin { get; set; } = 1;
    [Range(1, 5)] public int RMax { get; set; } = 5;
    [Range(1, 5)] public int FMin { get; set; } = 1;
    [Range(1, 5)] public int FMax { get; set; } = 5;
    [Range(1, 5)] public int MMin { get; set; } = 1;
    [Range(1, 5)] public int MMax { get; set; } = 5;

    public bool Matches(int r, int f, int m) => r >= RMin && r <= RMax && f >= FMin && f <= FMax && m >= MMin && m <= MMax;

    public string Describe() => $"R {RMin}-{RMax}, F {FMin}-{FMax}, M {MMin}-{MMax}";

    /// <summary>The first rule that matches; the mapping is validated to cover every combination, so one always does.</summary>
    public static string Find(IReadOnlyList<SegmentRule> rules, int r, int f, int m) =>
        rules.FirstOrDefault(rule => rule.Matches(r, f, m))?.Name ?? "unclassified";

    /// <summary>
    /// The default grid, on recency and frequency: champions R4–5 F4–5; loyal R3–5 F3–5; potential R4–5 F1–2;
    /// needs attention R3 F1–2; at risk R1–2 F3–5; hibernating R2 F1–2; lost R1 F1–2. Every cell is covered.
    /// </summary>
    public static List<SegmentRule> Defaults() =>
    [
        new() { Name = "champions", RMin = 4, FMin = 4 },
        new() { Name = "loyal", RMin = 3, FMin = 3 },
        new() { Name = "potential", RMin = 4, FMax = 2 },
        new() { Name = "needs attention", RMin = 3, RMax = 3, FMax = 2 },
        new() { Name = "at risk", RMax = 2, FMin = 3 },
        new() { Name = "hibernating", RMin = 2, RMax = 2, FMax = 2 },
        new() { Name = "lost", RMax = 1, FMax = 2 },
    ];
}
