using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Access;

/// <summary>
/// <c>GET /api/audit</c> (admins): every audited change, newest first: record changes, and what admins changed of users,
/// teams, API keys, plugin settings and module switches, and failed and locked sign-ins.
/// </summary>
public static class AuditApi
{
    private const int MaxPageSize = 500;

    public sealed record AuditRow(long Id, DateTime OccurredUtc, long? UserId, string UserName, string Message, string RecordType, long RecordId, string? RecordKey,
        JsonElement? Before, JsonElement? After, string? CorrelationId, string? Reason);

    public static void MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", async (string? recordType, long? recordId, string? recordKey, long? userId, string? message, string? from, string? to,
            int? page, int? pageSize, CrmDbContext db, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var (number, size) = (page ?? 1, pageSize ?? 50);
            if (number < 1)
                errors.Add("page", "must be 1 or more");
            if (size is < 1 or > MaxPageSize)
                errors.Add("pageSize", $"must be between 1 and {MaxPageSize}");
            var since = Date(from, "from", errors);
            var until = Date(to, "to", errors);
            errors.ThrowIfAny();

            var rows = db.Audit.AsNoTracking();
            if (recordType is not null)
                rows = rows.Where(a => a.RecordType == recordType);
            if (recordId is not null)
                rows = rows.Where(a => a.RecordId == recordId);
            if (recordKey is not null)
                rows = rows.Where(a => a.RecordKey == recordKey);
            if (userId is not null)
                rows = rows.Where(a => a.UserId == userId);
            if (message is not null)
                rows = rows.Where(a => a.Message == message);
            if (since is not null)
                rows = rows.Where(a => a.OccurredUtc >= since);
            if (until is not null)
                rows = rows.Where(a => a.OccurredUtc < until);
            var total = await rows.CountAsync(ct);
            var items = await rows.OrderByDescending(a => a.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
            return new RecordPage<AuditRow>(items.Select(a => new AuditRow(a.Id, a.OccurredUtc, a.UserId, a.UserName, a.Message, a.RecordType, a.RecordId, a.RecordKey,
                Parse(a.Before), Parse(a.After), a.CorrelationId, a.Reason)).ToList(), number, size, total);
        }).RequireAuthorization(AccessPolicies.Admin).WithTags("audit");

    private static DateTime? Date(string? text, string field, FieldErrors errors)
    {
        if (text is null)
            return null;
        try
        {
            return Filters.Date(text);
        }
        catch (FormatException ex)
        {
            errors.Add(field, ex.Message);
            return null;
        }
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
