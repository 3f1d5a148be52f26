using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Complaints.Access;
using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Http;

namespace PluginCrm.Feedback.Stats;

public static class StatsEndpoint
{
    /// <summary><c>GET /stats?from&amp;to</c> over the complaints the caller may list; the period defaults to the last 30 days.</summary>
    public static void MapComplaintStats(this IEndpointRouteBuilder complaints) =>
        complaints.MapGet("/stats", async (DateTime? from, DateTime? to, ClaimsPrincipal principal, ComplaintAccess access, FeedbackDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var end = to is { } t ? Utc(t) : now;
            var start = from is { } f ? Utc(f) : end.AddDays(-30);
            if (start >= end)
                return CrmProblems.Invalid("from", $"must be before to ({end:u})");

            var rows = await (await access.ListedAsync(db.Complaints.AsNoTracking(), principal.ToActingUser(), ct))
                .Where(c => c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.InProgress || (c.ResolvedUtc >= start && c.ResolvedUtc < end))
                .ToListAsync(ct);
            return TypedResults.Ok(ComplaintStats.Compute(rows.Select(c => c.ToRecord()).ToList(), start, end, now));
        }).Produces<ComplaintStats>();

    /// <summary>A date without an offset (<c>2026-01-01</c>) is UTC, not the server's local time.</summary>
    private static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
}
