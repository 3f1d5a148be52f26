using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Access;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Audit;

/// <summary>
/// <c>GET /audit?recordType=lead&amp;recordId=7</c> (or <c>ownerId</c>, <c>action</c>): every ownership decision, newest
/// first, with its explanation. A rep reads the decisions that gave it or took from it a record; managers and admins all.
/// </summary>
public static class AuditEndpoint
{
    public sealed record DecisionView(long Id, string RecordType, long RecordId, string Action, long? FromOwnerId, long? ToOwnerId, long? ToTeamId,
        long? RuleId, string? RuleName, string? Strategy, string? Reason, JsonElement Explanation, string Actor, DateTime OccurredUtc);

    public static void MapAudit(this IEndpointRouteBuilder api) =>
        api.MapGet("/audit", async (string? recordType, long? recordId, long? ownerId, string? action, HttpContext http, AssignmentDbContext db, CancellationToken ct) =>
        {
            var user = http.User.ToActingUser();
            var rows = db.Decisions.AsNoTracking();
            if (!user.IsManagerOrAdmin())
                rows = rows.Where(d => d.ToOwnerId == user.UserId || d.FromOwnerId == user.UserId);
            if (recordType is not null)
                rows = rows.Where(d => d.RecordType == recordType);
            if (recordId is not null)
                rows = rows.Where(d => d.RecordId == recordId);
            if (ownerId is not null)
                rows = rows.Where(d => d.ToOwnerId == ownerId || d.FromOwnerId == ownerId);
            if (action is not null)
                rows = rows.Where(d => d.Action == action);
            var page = await rows.OrderByDescending(d => d.Id).Take(500).ToListAsync(ct);
            return page.Select(View);
        });

    public static DecisionView View(Decision d) => new(d.Id, d.RecordType, d.RecordId, d.Action, d.FromOwnerId, d.ToOwnerId, d.ToTeamId, d.RuleId,
        d.RuleName, d.Strategy, d.Reason, Parse(d.Explanation), d.Actor, d.OccurredUtc);

    private static JsonElement Parse(string explanation) => explanation.StartsWith('{')
        ? JsonDocument.Parse(explanation).RootElement.Clone()
        : JsonSerializer.SerializeToElement(explanation);
}
