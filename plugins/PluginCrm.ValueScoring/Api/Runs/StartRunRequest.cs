namespace PluginCrm.ValueScoring.Api.Runs;

/// <summary>POST /runs: the date to score as of, <c>YYYY-MM-DD</c>; today (UTC) when left out.</summary>
public sealed record StartRunRequest(string? AsOf);
