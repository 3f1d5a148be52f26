using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Kpis.Acquisition;

/// <summary>
/// The facts of an acquisition report, and whose spend each of its rows may carry. Spend is defined only for figures
/// that cover a whole team or the whole company: a team's row when the caller sees all of that team (an admin, the
/// team's manager) and the report is not narrowed to a rep; everything for an admin. A rep's figures have no spend.
/// A team's spend is its own plus a share of the company-wide spend equal to its share of the company's new customers
/// in the window: then every team's cost per new customer carries the same company-wide cost per new customer, the
/// teams' spend adds up to the company's, and a team that won nobody is not charged for campaigns that won others.
/// </summary>
public sealed class AcquisitionBook(ActingUser user, KpiQuery query, IReadOnlyList<NewCustomer> mine, IReadOnlyList<NewCustomer> everyone, SpendAllocation spend)
{
    /// <summary>The new customers the caller owns (a manager: its team's; an admin: all), narrowed as asked.</summary>
    public IReadOnlyList<NewCustomer> NewCustomers => mine;

    /// <summary>The teams with a row: those of the caller's new customers, and those with spend that the caller sees whole.</summary>
    public IEnumerable<long?> Teams => query.OwnerId is not null
        ? mine.Select(c => c.TeamId)
        : mine.Select(c => c.TeamId).Concat(spend.Teams.Where(t => Covers(t) && (query.TeamId is null || query.TeamId == t)).Select(t => (long?)t));

    public IEnumerable<DateOnly> Days => mine.Select(c => c.On);

    public AcquisitionFigures Figures(KpiGroup group, KpiWindow window) =>
        AcquisitionFigures.Of(mine.Count(c => group.Holds(c) && window.Contains(c.On)), SpendOf(group, window));

    private AllocatedSpend? SpendOf(KpiGroup group, KpiWindow window)
    {
        if (query.OwnerId is not null || group.Kind == KpiGroupKind.Rep)
            return null;
        if (group.Kind == KpiGroupKind.Team)
            return Covers(group.Id) ? TeamSpend(group.Id, window) : null;
        if (query.TeamId is { } team)
            return Covers(team) ? TeamSpend(team, window) : null;
        return user.Role switch
        {
            CrmRole.Admin => spend.All(window),
            CrmRole.Manager when user.TeamId is { } own => TeamSpend(own, window),
            _ => null,
        };
    }

    private bool Covers(long? team) => user.Role == CrmRole.Admin || (user.Role == CrmRole.Manager && team is not null && team == user.TeamId);

    // No team's (team null) customers get their share of the company-wide spend and have no spend of their own.
    private AllocatedSpend TeamSpend(long? team, KpiWindow window)
    {
        var own = team is null ? AllocatedSpend.None : spend.Of(team, window);
        var won = everyone.Count(c => c.TeamId == team && window.Contains(c.On));
        var all = everyone.Count(c => window.Contains(c.On));
        return own.Plus(spend.Of(null, window).Share(won, all));
    }
}
