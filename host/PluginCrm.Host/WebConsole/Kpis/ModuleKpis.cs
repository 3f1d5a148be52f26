namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>
/// The KPI items of the enabled modules, as their endpoints answer the signed-in user: value scoring's distribution
/// (CLV, RFM segments, ABC classes) and CLV against acquisition cost, feedback's open complaints by age. Null where the
/// module is off; a refusal (no scoring run yet) is kept as the module's reason.
/// </summary>
public sealed record ModuleKpis(
    ValueKpis? Value, ClvAgainstCost? ClvToCost, string? ValueRefused,
    ComplaintKpis? Complaints, string? ComplaintsRefused)
{
    public static readonly ModuleKpis None = new(null, null, null, null, null);
}
