namespace PluginCrm.Host.Kpis;

/// <summary>The rows of a report: the figures of everything, of one team, of one rep.</summary>
public enum KpiGroupKind
{
    All,
    Team,
    Rep,
}
