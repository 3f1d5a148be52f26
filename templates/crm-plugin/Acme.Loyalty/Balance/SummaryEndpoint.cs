using System.Security.Claims;
using Acme.Loyalty.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;

namespace Acme.Loyalty.Balance;

public static class SummaryEndpoint
{
    /// <summary><c>GET /summary</c>: the points of the customers the user may read, for the console's dashboard.</summary>
    public static void MapSummary(this IEndpointRouteBuilder api) =>
        api.MapGet("/summary", async (ClaimsPrincipal principal, IRecordAccess access, LoyaltyDbContext db, CancellationToken ct) =>
        {
            var earned = await db.Awards.GroupBy(a => a.CustomerId).Select(g => new { Customer = g.Key, Points = g.Sum(a => a.Points) })
                .Concat(db.Grants.GroupBy(g => g.CustomerId).Select(g => new { Customer = g.Key, Points = g.Sum(x => x.Points) }))
                .ToListAsync(ct);
            var readable = await access.FilterAsync(principal.ToActingUser(), AccessRight.Read, RecordTypes.Customer, earned.Select(e => e.Customer).Distinct(), ct);
            var mine = earned.Where(e => readable.Contains(e.Customer)).ToList();
            return new PointsSummary(mine.Select(e => e.Customer).Distinct().Count(), mine.Sum(e => e.Points));
        });
}
