using PluginCrm.LeadAssignment.Data;

namespace PluginCrm.LeadAssignment.Rules;

public sealed record RuleView(
    long Id, int Position, string Name, bool Enabled, string? Regions, string? Industries, string? Sources, string? Products, string? Languages,
    decimal? MinValue, decimal? MaxValue, string? RuleTemplate, long? RepId, long? TeamId, string Strategy)
{
    public static RuleView From(AssignmentRule r) => new(r.Id, r.Position, r.Name, r.Enabled, r.Regions, r.Industries, r.Sources, r.Products,
        r.Languages, r.MinValue, r.MaxValue, r.RuleTemplate, r.RepId, r.TeamId, StrategyName(r.Strategy));

    public static string StrategyName(Data.Strategy s) => s switch
    {
        Data.Strategy.WeightedRoundRobin => "weighted-round-robin",
        Data.Strategy.LeastLoaded => "least-loaded",
        _ => "round-robin",
    };
}
