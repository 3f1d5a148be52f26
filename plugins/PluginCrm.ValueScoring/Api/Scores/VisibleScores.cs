using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.ValueScoring.Data;

namespace PluginCrm.ValueScoring.Api.Scores;

/// <summary>
/// A run's scores of the customers the caller reads, and of no others: a score is as private as its customer. Lists,
/// counts and KPIs start from here, so paging, totals and distributions never include a customer the caller cannot see.
/// </summary>
internal static class VisibleScores
{
    public static async Task<IQueryable<ScoreRow>> OfRunAsync(ValueScoringDbContext db, IRecordAccess access, ActingUser user, long runId, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(user, RecordTypes.Customer, ct);
        return db.Scores.AsNoTracking().Where(s => s.RunId == runId && (scope.All || scope.Ids.Contains(s.CustomerId)));
    }
}
