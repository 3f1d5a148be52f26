namespace PluginCrm.Host.Kpis;

/// <summary>How a period is cut into a series: calendar months, ISO weeks (Monday to Sunday) or days, all in UTC.</summary>
public enum KpiBucket
{
    Month,
    Week,
    Day,
}
