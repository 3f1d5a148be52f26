using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Data;
using PluginCrm.Training.Enrolments;

namespace PluginCrm.Training.Reports;

/// <summary>The enrolments a report counts: those the caller sees, of the query's period, team and rep.</summary>
public sealed class ReportScope(EnrolmentList list, ICrmRecords records, ICrmDirectory directory)
{
    public async Task<IQueryable<Enrolment>> EnrolmentsAsync(ActingUser user, ReportQuery query, CancellationToken ct)
    {
        var rows = await list.VisibleAsync(user, ct);
        if (query.FromUtc is { } from)
            rows = rows.Where(e => e.EnrolledUtc >= from);
        if (query.ToUtc is { } to)
            rows = rows.Where(e => e.EnrolledUtc < to);
        if (query.TeamId is null && query.OwnerId is null)
            return rows;
        var filters = new Dictionary<string, string>();
        if (query.TeamId is { } teamId)
            filters["teamId"] = $"{teamId}";
        if (query.OwnerId is { } ownerId)
            filters["ownerId"] = $"{ownerId}";
        var customers = new List<long>();
        await foreach (var customer in records.QueryAsync<CustomerRecord>(filters, user, ct))
            customers.Add(customer.Id);
        var users = (await directory.UsersAsync(ct)).Where(u => (query.TeamId is null || u.TeamId == query.TeamId) && (query.OwnerId is null || u.Id == query.OwnerId))
            .Select(u => u.Id).ToList();
        return rows.Where(e => (e.CustomerId != null && customers.Contains(e.CustomerId.Value)) || (e.UserId != null && users.Contains(e.UserId.Value)));
    }
}
