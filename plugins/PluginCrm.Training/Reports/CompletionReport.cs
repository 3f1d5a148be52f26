using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Reports;

/// <summary>
/// Completion of the enrolments a caller sees: in total and per course, per team (a customer's team, a member of staff's
/// team), per customer and per company, and who completed what.
/// </summary>
public sealed class CompletionReport(TrainingDbContext db, ReportScope scope, ICrmRecords records, ICrmDirectory directory)
{
    public async Task<CompletionByCourse> ByCourseAsync(ActingUser user, ReportQuery query, CancellationToken ct)
    {
        var rows = await RowsAsync(user, query, ct);
        var courses = await db.Courses.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        return new CompletionByCourse(Figures(rows), rows.GroupBy(r => r.CourseId)
            .Select(g => new CourseCompletion(courses[g.Key].Key, courses[g.Key].Title, courses[g.Key].Audience, Figures(g))).OrderBy(c => c.Title).ToList());
    }

    public async Task<object> ByTeamAsync(ActingUser user, ReportQuery query, CancellationToken ct)
    {
        var rows = await RowsAsync(user, query, ct);
        var customers = await CustomersAsync(rows, ct);
        var users = (await directory.UsersAsync(ct)).ToDictionary(u => u.Id);
        var teams = (await directory.TeamsAsync(ct)).ToDictionary(t => t.Id, t => t.Name);
        long? TeamOf(Row r) => r.CustomerId is { } c ? customers.GetValueOrDefault(c)?.TeamId : users.GetValueOrDefault(r.UserId!.Value)?.TeamId;
        return new
        {
            total = Figures(rows),
            items = rows.GroupBy(TeamOf).Select(g => new { teamId = g.Key, team = g.Key is { } id ? teams.GetValueOrDefault(id) : null, figures = Figures(g) })
                .OrderBy(t => t.team ?? "\uffff").ToList(),
        };
    }

    public async Task<object> ByLearnerAsync(ActingUser user, ReportQuery query, long? companyId, CancellationToken ct)
    {
        var rows = (await RowsAsync(user, query, ct)).Where(r => r.CustomerId is not null).ToList();
        var customers = await CustomersAsync(rows, ct);
        if (companyId is not null)
            rows = rows.Where(r => customers.GetValueOrDefault(r.CustomerId!.Value)?.CompanyId == companyId).ToList();
        var companies = new Dictionary<long, string>();
        foreach (var id in customers.Values.Select(c => c.CompanyId).OfType<long>().Distinct())
            if (await records.FindAsync<CompanyRecord>(id, user, ct) is { } company)
                companies[id] = company.Name;
        return new
        {
            customers = rows.GroupBy(r => r.CustomerId!.Value).Select(g => new
            {
                customerId = g.Key, name = customers.GetValueOrDefault(g.Key)?.Name, companyId = customers.GetValueOrDefault(g.Key)?.CompanyId, figures = Figures(g),
                lastCompletedUtc = g.Max(r => r.CompletedUtc),
            }).OrderBy(c => c.name).ToList(),
            companies = rows.Where(r => customers.GetValueOrDefault(r.CustomerId!.Value)?.CompanyId is not null)
                .GroupBy(r => customers[r.CustomerId!.Value].CompanyId!.Value)
                .Select(g => new { companyId = g.Key, name = companies.GetValueOrDefault(g.Key), learners = g.Select(r => r.CustomerId).Distinct().Count(), figures = Figures(g) })
                .OrderBy(c => c.name).ToList(),
        };
    }

    /// <summary>Every completion of the period's enrolments, newest first: who completed which course when, and its certificate.</summary>
    public async Task<object> CompletionsAsync(ActingUser user, ReportQuery query, CancellationToken ct)
    {
        var enrolments = await scope.EnrolmentsAsync(user, query, ct);
        var items = await enrolments.Where(e => e.CompletedUtc != null)
            .Join(db.Courses, e => e.CourseId, c => c.Id, (e, c) => new { e.Id, e.CustomerId, e.UserId, course = c.Key, c.Title, e.VersionNumber, e.EnrolledUtc, e.CompletedUtc })
            .OrderByDescending(e => e.CompletedUtc).Take(1000).ToListAsync(ct);
        var codes = await db.Certificates.AsNoTracking().Where(c => items.Select(i => i.Id).Contains(c.EnrolmentId)).ToDictionaryAsync(c => c.EnrolmentId, c => c.Code, ct);
        return new { items = items.Select(i => new { enrolmentId = i.Id, i.CustomerId, i.UserId, i.course, title = i.Title, version = i.VersionNumber, i.EnrolledUtc, i.CompletedUtc, certificate = codes.GetValueOrDefault(i.Id) }) };
    }

    private async Task<List<Row>> RowsAsync(ActingUser user, ReportQuery query, CancellationToken ct) =>
        await (await scope.EnrolmentsAsync(user, query, ct)).Select(e => new Row(e.CourseId, e.CustomerId, e.UserId, e.EnrolledUtc, e.CompletedUtc)).ToListAsync(ct);

    private async Task<Dictionary<long, CustomerRecord>> CustomersAsync(IEnumerable<Row> rows, CancellationToken ct)
    {
        var found = new Dictionary<long, CustomerRecord>();
        foreach (var id in rows.Select(r => r.CustomerId).OfType<long>().Distinct())
            if (await records.FindAsync<CustomerRecord>(id, ct) is { } customer)
                found[id] = customer;
        return found;
    }

    private static CompletionFigures Figures(IEnumerable<Row> rows) => CompletionFigures.Of(rows.Select(r => (r.EnrolledUtc, r.CompletedUtc)).ToList());

    private sealed record Row(long CourseId, long? CustomerId, long? UserId, DateTime EnrolledUtc, DateTime? CompletedUtc);
}
