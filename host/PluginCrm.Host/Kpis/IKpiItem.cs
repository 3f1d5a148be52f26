namespace PluginCrm.Host.Kpis;

/// <summary>One fact a report counts: whose it is, which team's, and the UTC day that places it in a period.</summary>
public interface IKpiItem : IKpiSubject
{
    DateOnly On { get; }
}
