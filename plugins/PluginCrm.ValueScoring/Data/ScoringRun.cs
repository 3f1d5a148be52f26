namespace PluginCrm.ValueScoring.Data;

/// <summary>One scoring run: its date, when and why it ran, and (as JSON) every parameter it used.</summary>
public sealed class ScoringRun
{
    public long Id { get; set; }
    public DateOnly AsOf { get; set; }
    public required string Trigger { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public int Customers { get; set; }
    public int Warnings { get; set; }
    public required string ParametersJson { get; set; }
}
