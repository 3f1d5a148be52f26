using PluginCrm.Host.Data;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Kpis;

/// <summary>
/// The owned rows a KPI may count: what the caller sees on the record API (a rep its own, a manager its team's, an
/// admin all), then narrowed to the asked team or rep. Asking for someone out of sight gives empty figures, not an
/// error, exactly as a filtered list would.
/// </summary>
public static class KpiScope
{
    public static IQueryable<T> Owned<T>(IQueryable<T> rows, ActingUser user, KpiQuery query) where T : RecordEntity, IOwned
    {
        rows = RecordRules.VisibleByOwner(rows, user);
        if (query.TeamId is { } team)
            rows = rows.Where(r => r.TeamId == team);
        if (query.OwnerId is { } owner)
            rows = rows.Where(r => r.OwnerId == owner);
        return rows;
    }
}
