namespace PluginCrm.Host.Kpis;

/// <summary>One row of a report: everything, one team's (<see cref="Id"/> null: no team's), or one rep's (null: no owner's).</summary>
public sealed record KpiGroup(KpiGroupKind Kind, long? Id)
{
    public static readonly KpiGroup All = new(KpiGroupKind.All, null);

    public static KpiGroup Team(long? id) => new(KpiGroupKind.Team, id);

    public static KpiGroup Rep(long? id) => new(KpiGroupKind.Rep, id);

    public bool Holds(IKpiSubject subject) => Kind switch
    {
        KpiGroupKind.Team => subject.TeamId == Id,
        KpiGroupKind.Rep => subject.OwnerId == Id,
        _ => true,
    };
}
