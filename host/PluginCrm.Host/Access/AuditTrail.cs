using System.Text.Json;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>
/// Audits what admins change outside the record pipeline (users, teams, API keys, plugin settings, module switches,
/// sign-in locks), in the same <c>audit</c> table and shape as record changes, on the caller's context so that the
/// entry commits with the change. The actor is the signed-in caller, or the system on the command line.
/// </summary>
public sealed class AuditTrail(TimeProvider time, IHttpContextAccessor http)
{
    /// <summary>Who is changing things: the caller of the current request, else the system (CLI, imports, jobs).</summary>
    public ActingUser Actor => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.ToActingUser() : ActingUser.System;

    public void Add(CrmDbContext db, string message, string recordType, long recordId, object? before, object? after, string? recordKey = null, ActingUser? actor = null)
    {
        var who = actor ?? Actor;
        db.Audit.Add(new AuditEntry
        {
            OccurredUtc = time.GetUtcNow().UtcDateTime,
            UserId = who.UserId,
            UserName = who.Name,
            Message = message,
            RecordType = recordType,
            RecordId = recordId,
            RecordKey = recordKey,
            Before = before is null ? null : JsonSerializer.Serialize(before, StoredJson.Options),
            After = after is null ? null : JsonSerializer.Serialize(after, StoredJson.Options),
            CorrelationId = http.HttpContext?.TraceIdentifier,
        });
    }
}
