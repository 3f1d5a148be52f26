using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Kpis.Conversion;

/// <summary>
/// The conversion rate of the leads created in the period, per the lead's owner and team, over the leads the caller
/// owns (a manager: its team's; an admin: all). A series places each lead in the bucket of its creation day.
/// </summary>
public sealed class ConversionKpis(CrmDbContext db, KpiReportBuilder reports)
{
    public async Task<KpiReport<ConversionFigures>> ComputeAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var leads = KpiScope.Owned(db.Leads, user, query);
        if (query.FromUtc is { } fromUtc)
            leads = leads.Where(l => l.CreatedUtc >= fromUtc);
        if (query.ToUtc is { } toUtc)
            leads = leads.Where(l => l.CreatedUtc < toUtc);

        var rows = await leads.Select(l => new { l.OwnerId, l.TeamId, l.CreatedUtc, Converted = l.CustomerId != null }).ToListAsync(ct);
        var items = rows.Select(l => new CapturedLead(l.OwnerId, l.TeamId, DateOnly.FromDateTime(l.CreatedUtc), l.Converted)).ToList();
        return await reports.BuildAsync(query, items, ConversionFigures.Of, ct);
    }
}
