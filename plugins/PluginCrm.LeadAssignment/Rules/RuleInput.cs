namespace PluginCrm.LeadAssignment.Rules;

/// <summary>A rule as an admin sends it; lists are comma-separated, e.g. <c>"regions": "East,North"</c>.</summary>
public sealed record RuleInput(
    string? Name, int? Position, bool? Enabled, string? Regions, string? Industries, string? Sources, string? Products, string? Languages,
    decimal? MinValue, decimal? MaxValue, string? RuleTemplate, long? RepId, long? TeamId, string? Strategy);
