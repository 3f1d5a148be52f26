using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Audit;

/// <summary>
/// <c>GET /audit?recordType=lead&amp;recordId=7</c> (or <c>ownerId</c>, <c>action</c>): the ownership decisions the caller
/// may read (see <see cref="VisibleDecisions"/>), newest first, with their explanations.
/// </summary>
public static class AuditEndpoint
{
    public sealed record DecisionView(long Id, string RecordType, long RecordId, string Action, long? FromOwnerId, long? ToOwnerId, long? ToTeamId,
        long? RuleId, string? RuleName, string? Strategy, string? Reason, JsonElement Explanation, string Actor, DateTime OccurredUtc);

    public static void MapAudit(this IEndpointRouteBuilder api) =>
        api.MapGet("/audit", async (string? recordType, long? recordId, long? ownerId, string? action, HttpContext http, VisibleDecisions visible, CancellationToken ct) =>
        {
            var rows = await visible.ForAsync(http.User.ToActingUser(), ownerId, ct);
            if (recordType is not null)
                rows = rows.Where(r => r.Decision.RecordType == recordType);
            if (recordId is not null)
                rows = rows.Where(r => r.Decision.RecordId == recordId);
            if (action is not null)
                rows = rows.Where(r => r.Decision.Action == action);
            var page = await rows.OrderByDescending(r => r.Decision.Id).Take(500).ToListAsync(ct);
            return page.Select(r => r.Readable ? View(r.Decision) : Lost(r.Decision));
        });

    public static DecisionView View(Decision d) => new(d.Id, d.RecordType, d.RecordId, d.Action, d.FromOwnerId, d.ToOwnerId, d.ToTeamId, d.RuleId,
        d.RuleName, d.Strategy, d.Reason, Parse(d.Explanation), d.Actor, d.OccurredUtc);

    // A record the caller lost and reads no more: that it went, when, by whom and why; not to whom, nor by which rule.
    private static DecisionView Lost(Decision d) => new(d.Id, d.RecordType, d.RecordId, d.Action, d.FromOwnerId, null, null, null,
        null, null, d.Reason, JsonSerializer.SerializeToElement("you no longer see this record, nor where it went"), d.Actor, d.OccurredUtc);

    private static JsonElement Parse(string explanation) => explanation.StartsWith('{')
        ? JsonDocument.Parse(explanation).RootElement.Clone()
        : JsonSerializer.SerializeToElement(explanation);
}
