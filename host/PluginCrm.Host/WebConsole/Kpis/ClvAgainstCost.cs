namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>Value scoring's <c>GET /api/value-scoring/kpis/acquisition</c>: the period's new customers' average CLV against what winning one cost.</summary>
public sealed record ClvAgainstCost(string Measure, int NewCustomers, int Scored, decimal? AverageClv, decimal? AcquisitionCost, decimal? ClvToCost);
