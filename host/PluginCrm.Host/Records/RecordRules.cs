using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Core;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records;

/// <summary>Checks the record kinds share: text fields, e-mail, references, ownership.</summary>
public static class RecordRules
{
    public static string? Text(string? value, string field, int max, FieldErrors errors, bool required = false)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is null && required)
            errors.Add(field, "is required");
        else if (trimmed is not null && trimmed.Length > max)
            errors.Add(field, $"is {trimmed.Length} characters; at most {max}");
        return trimmed;
    }

    public static string? Email(string? value, string field, FieldErrors errors)
    {
        var email = Text(value, field, 254, errors)?.ToLowerInvariant();
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
            errors.Add(field, $"'{email}' is not an e-mail address");
        return email;
    }

    public static decimal? Money(decimal? value, string field, FieldErrors errors, bool allowNegative = false)
    {
        if (value is { } v && (v < 0 && !allowNegative || Math.Abs(v) > 100_000_000_000m))
            errors.Add(field, allowNegative ? "is out of range" : "must be zero or more");
        return value is { } m ? decimal.Round(m, 4) : null;
    }

    public static async Task ExistsAsync<T>(IQueryable<T> rows, long? id, string field, FieldErrors errors, CancellationToken ct) where T : RecordEntity
    {
        if (id is { } wanted && !await rows.AnyAsync(r => r.Id == wanted, ct))
            errors.Add(field, $"there is no record {wanted}");
    }

    /// <summary>
    /// Who may own what: a rep only itself (its records default to it), a manager only its team (defaulting to
    /// its team), an admin anyone.
    /// </summary>
    public static (long? Owner, long? Team) Ownership(long? ownerId, long? teamId, ActingUser user, FieldErrors errors)
    {
        switch (user.Role)
        {
            case CrmRole.Rep:
                ownerId ??= user.UserId;
                teamId ??= user.TeamId;
                if (ownerId != user.UserId)
                    errors.Add("ownerId", "a rep can only own its own records");
                break;
            case CrmRole.Manager:
                teamId ??= user.TeamId;
                if (teamId != user.TeamId)
                    errors.Add("teamId", "a manager can only assign records to its own team");
                break;
        }
        return (ownerId, teamId);
    }

    public static async Task OwnerAndTeamExistAsync(CrmDbContext db, long? ownerId, long? teamId, FieldErrors errors, CancellationToken ct)
    {
        await ExistsAsync(db.Users, ownerId, "ownerId", errors, ct);
        await ExistsAsync(db.Teams, teamId, "teamId", errors, ct);
    }

    /// <summary>
    /// What a user may see on the record API: what it owns (a manager: its team's), plus what an enabled module
    /// shares with everyone (the public pool). Both are conditions of one query; a share of a module switched
    /// off stops counting at once, in every host process.
    /// </summary>
    public static IQueryable<T> VisibleTo<T>(IQueryable<T> rows, CrmDbContext db, string recordType, ActingUser user) where T : RecordEntity, IOwned
    {
        if (user.Role == CrmRole.Admin)
            return rows;
        var shared = db.Shares
            .Where(s => s.RecordType == recordType && !db.Modules.Any(m => m.PluginId == s.PluginId && !m.Enabled))
            .Select(s => s.RecordId);
        return user.Role == CrmRole.Manager
            ? rows.Where(r => (user.TeamId != null && r.TeamId == user.TeamId) || r.OwnerId == user.UserId || shared.Contains(r.Id))
            : rows.Where(r => r.OwnerId == user.UserId || shared.Contains(r.Id));
    }

    /// <summary>A rep owns what it owns, a manager its team's and its own, an admin everything (KPIs count this, not shares).</summary>
    public static IQueryable<T> VisibleByOwner<T>(IQueryable<T> rows, ActingUser user) where T : RecordEntity, IOwned => user.Role switch
    {
        CrmRole.Admin => rows,
        CrmRole.Manager => rows.Where(r => (user.TeamId != null && r.TeamId == user.TeamId) || r.OwnerId == user.UserId),
        _ => rows.Where(r => r.OwnerId == user.UserId),
    };
}
