using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Modules;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records;

/// <summary>Checks the record kinds share: references and ownership (plain fields: <see cref="FieldRules"/>).</summary>
public static class RecordRules
{
    /// <summary>
    /// A record another one points at (an order's customer, an interaction's deal) must be one the caller may change:
    /// one it cannot see reads exactly as one that does not exist, so ids cannot be probed. Checked only when the
    /// reference is new or changes, so a record keeps working after its customer moves on.
    /// </summary>
    public static Task AttachableAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, long? id, long? before, string field, CrmDbContext db, ActingUser user, FieldErrors errors, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class =>
        AttachableManyAsync(kind, [(id, before)], field, db, user, [errors], ct);

    /// <summary>The same for a batch of records (an import's), each reference with its own errors: two queries for all of them.</summary>
    public static async Task AttachableManyAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IReadOnlyList<(long? Id, long? Before)> references, string field, CrmDbContext db,
        ActingUser user, IReadOnlyList<FieldErrors> errors, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var wanted = references.Where(r => r.Id is not null && r.Id != r.Before).Select(r => r.Id).ToList();
        var changeable = await FieldRules.ExistingAsync(kind.Writable(db, user), wanted, ct);
        var visible = await FieldRules.ExistingAsync(kind.Readable(db, user), wanted.Where(id => !changeable.Contains(id!.Value)), ct);
        for (var i = 0; i < references.Count; i++)
        {
            if (references[i].Id is not { } id || id == references[i].Before || changeable.Contains(id))
                continue;
            errors[i].Add(field, visible.Contains(id)
                ? $"you may see {kind.Name} {id} but not change it, so nothing can be attached to it"
                : $"there is no {kind.Name} {id}");
        }
    }

    /// <summary>
    /// Who owns a record, and its team, which is always the owner's: a rep owns only its own records (they default to
    /// it); a manager gives them to itself or its team's users, or leaves them unowned in its team; an admin gives them
    /// to anyone. When the owner changes, the team follows (a client sending back the old team with a new owner means
    /// no change of team); a team that contradicts the owner is refused.
    /// </summary>
    public static Task<(long? Owner, long? Team)> OwnershipAsync(long? ownerId, long? teamId, (long? Owner, long? Team)? before, ActingUser user, CrmDbContext db, FieldErrors errors, CancellationToken ct) =>
        OwnershipAsync(ownerId, teamId, before, user, db, errors, "ownerId", ct);

    /// <summary>As above, naming the owner's field <paramref name="ownerField"/> (a task's <c>assigneeId</c>) in errors.</summary>
    public static async Task<(long? Owner, long? Team)> OwnershipAsync(long? ownerId, long? teamId, (long? Owner, long? Team)? before, ActingUser user, CrmDbContext db, FieldErrors errors, string ownerField, CancellationToken ct) =>
        (await OwnershipManyAsync([(ownerId, teamId, before)], user, db, [errors], ownerField, ct))[0];

    /// <summary>
    /// <see cref="OwnershipManyAsync(IReadOnlyList{ValueTuple{long?, long?, ValueTuple{long?, long?}?}}, ActingUser, CrmDbContext, IReadOnlyList{FieldErrors}, string, CancellationToken)"/>
    /// for a batch of a kind's records, each beside the stored one it changes (null for a new record), their owner and team
    /// read by <paramref name="ownership"/>.
    /// </summary>
    public static Task<IReadOnlyList<(long? Owner, long? Team)>> OwnershipManyAsync<TRecord>(
        IReadOnlyList<(TRecord Record, TRecord? Existing)> items, Func<TRecord, (long? Owner, long? Team)> ownership, ActingUser user, CrmDbContext db,
        IReadOnlyList<FieldErrors> errors, string ownerField, CancellationToken ct) where TRecord : class =>
        OwnershipManyAsync(items.Select(i =>
        {
            var (owner, team) = ownership(i.Record);
            return (owner, team, i.Existing is { } existing ? ownership(existing) : ((long?, long?)?)null);
        }).ToList(), user, db, errors, ownerField, ct);

    /// <summary>The same for a batch of records (an import's), each with its own errors: two queries for all of them.</summary>
    public static async Task<IReadOnlyList<(long? Owner, long? Team)>> OwnershipManyAsync(
        IReadOnlyList<(long? OwnerId, long? TeamId, (long? Owner, long? Team)? Before)> items, ActingUser user, CrmDbContext db,
        IReadOnlyList<FieldErrors> errors, string ownerField, CancellationToken ct)
    {
        // A rep's records default to it, a manager's unowned ones to its team.
        var wanted = items.Select(i => (
            Owner: user.Role == CrmRole.Rep ? i.OwnerId ?? user.UserId : i.OwnerId,
            Team: user.Role == CrmRole.Manager && i.OwnerId is null ? i.TeamId ?? user.TeamId : i.TeamId)).ToList();
        var ownerIds = wanted.Select(w => w.Owner).OfType<long>().Distinct().ToList();
        var owners = ownerIds.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => EF.Parameter(ownerIds).Contains(u.Id))
            .Select(u => new { u.Id, u.TeamId }).ToDictionaryAsync(u => u.Id, u => u.TeamId, ct);
        var teams = await FieldRules.ExistingAsync(db.Teams, wanted.Where(w => w.Owner is null).Select(w => w.Team), ct);
        return wanted.Select((w, i) => Ownership(w.Owner, w.Team, items[i].Before, user, owners, teams, errors[i], ownerField)).ToList();
    }

    // One record's owner and team, given the owners' teams and the teams that exist.
    private static (long? Owner, long? Team) Ownership(long? ownerId, long? teamId, (long? Owner, long? Team)? before, ActingUser user,
        Dictionary<long, long?> owners, HashSet<long> teams, FieldErrors errors, string ownerField)
    {
        if (ownerId is null)
        {
            FieldRules.Exists(teams, teamId, "teamId", errors);
            if (user.Role == CrmRole.Manager && teamId != user.TeamId)
                errors.Add("teamId", "a manager keeps the records it does not give to someone in its own team");
            return (null, teamId);
        }
        if (!owners.TryGetValue(ownerId.Value, out var ownersTeam))
        {
            errors.Add(ownerField, $"there is no user {ownerId}");
            return (ownerId, teamId);
        }
        if (user.Role == CrmRole.Rep && ownerId != user.UserId)
            errors.Add(ownerField, "a rep can only own its own records");
        else if (user.Role == CrmRole.Manager && ownerId != user.UserId && (user.TeamId is null || ownersTeam != user.TeamId))
            errors.Add(ownerField, $"user {ownerId} is not in your team; ask an admin to give the record to another team");
        var sentBackOldTeam = before is { } old && old.Owner != ownerId && teamId == old.Team;
        if (teamId is not null && teamId != ownersTeam && !sentBackOldTeam)
            errors.Add("teamId", ownersTeam is { } team
                ? $"must be the owner's team, {team} (or left out)"
                : $"must be left out: user {ownerId} is in no team");
        return (ownerId, ownersTeam);
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
            .Where(s => s.RecordType == recordType && !db.Set<ModuleState>().Any(m => m.PluginId == s.PluginId && !m.Enabled))
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
