using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Api.Runs;

/// <summary>A run as the API shows it, with every parameter it used.</summary>
public sealed record RunView(long Id, DateOnly AsOf, string Trigger, DateTime StartedUtc, DateTime? FinishedUtc, int Customers, int Warnings, RunParameters Parameters)
{
    public static RunView From(ScoringRun run) =>
        new(run.Id, run.AsOf, run.Trigger, run.StartedUtc, run.FinishedUtc, run.Customers, run.Warnings, RunJson.Read(run.ParametersJson));
}
