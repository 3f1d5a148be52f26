using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Spend;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Kpis.Acquisition;

/// <summary>
/// Acquisition cost per new customer: the marketing and sales spend admins recorded (<c>/api/spend</c>), allocated to
/// the period pro rata by days (<see cref="SpendAllocation"/>), ÷ the new customers of the period as the orders KPI
/// counts them (first purchase ever in it, <see cref="PlacedOrders"/>), per the customer's owner and team. Who carries
/// which spend: <see cref="AcquisitionBook"/>.
/// </summary>
public sealed class AcquisitionKpis(CrmDbContext db, KpiReportBuilder reports)
{
    public async Task<KpiReport<AcquisitionFigures>> ComputeAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var book = await LoadAsync(user, query, ct);
        return await reports.BuildAsync(query, book.NewCustomers.Select(c => c.OwnerId), book.Teams, book.Figures, book.Days, ct);
    }

    public async Task<AcquisitionBook> LoadAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var mine = await NewCustomersAsync(user, query, ct);
        // A team's share of the company-wide spend divides by the whole company's new customers, whoever sees them.
        var wholeCompany = user.Role == CrmRole.Admin && query is { TeamId: null, OwnerId: null };
        var everyone = wholeCompany || user.Role == CrmRole.Rep || query.OwnerId is not null
            ? mine
            : await NewCustomersAsync(ActingUser.System, query with { TeamId = null, OwnerId = null }, ct);
        var spend = db.Spend.AsNoTracking();
        if (query.From is { } from)
            spend = spend.Where(s => s.To > from);
        if (query.To is { } to)
            spend = spend.Where(s => s.From < to);
        return new AcquisitionBook(user, query, mine, everyone, new SpendAllocation(await spend.ToListAsync(ct)));
    }

    private Task<List<NewCustomer>> NewCustomersAsync(ActingUser user, KpiQuery query, CancellationToken ct) =>
        PlacedOrders.NewCustomersAsync(db, user, query, ct);
}
