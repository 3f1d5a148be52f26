using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Reports;

/// <summary>
/// Churn of trained and untrained customers over the same period, from the host's own churn cohort
/// (<see cref="ICrmKpis.RetentionAsync"/>): trained are the customers at the start who had completed a customers' course
/// before the period began. Each group's churn = lost ÷ at start. A comparison, not a cause: trained customers may be
/// the engaged ones anyway.
/// </summary>
public sealed class TrainedChurn(TrainingDbContext db, ICrmKpis kpis)
{
    public async Task<object> CompareAsync(ActingUser user, ReportQuery query, CancellationToken ct)
    {
        if (query.From is not { } from)
            throw new RecordValidationException(new Dictionary<string, string[]> { ["from"] = ["is required: churn divides by the customers at the start of the period"] });
        var cohort = await kpis.RetentionAsync(user, from, query.To, query.TeamId, query.OwnerId, ct);
        var start = query.FromUtc!.Value;
        var trained = (await db.Enrolments.AsNoTracking().Where(e => e.CustomerId != null && e.CompletedUtc != null && e.CompletedUtc < start)
            .Join(db.Courses.Where(c => c.Audience == Audiences.Customers), e => e.CourseId, c => c.Id, (e, c) => e.CustomerId!.Value)
            .Distinct().ToListAsync(ct)).ToHashSet();
        var lost = cohort.Lost.ToHashSet();
        object Group(string name, IReadOnlyCollection<long> atStart)
        {
            var gone = atStart.Count(lost.Contains);
            return new { group = name, atStart = atStart.Count, lost = gone, churnRate = atStart.Count == 0 ? (decimal?)null : (decimal)gone / atStart.Count };
        }
        return new
        {
            from, to = query.To,
            items = new[] { Group("trained", cohort.AtStart.Where(trained.Contains).ToList()), Group("untrained", cohort.AtStart.Where(c => !trained.Contains(c)).ToList()) },
        };
    }
}
