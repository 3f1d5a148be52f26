using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>
/// Users: added, changed, listed, given a password; the same calls serve the API and the command line. Every change is
/// audited with the state before and after (never a password hash).
/// </summary>
public sealed class UserAccounts(
    CrmDbContext db, AccountChanges changes, AuditTrail audit, Teams teams, IEnumerable<ITeamMoveFollower> followers, PasswordCost cost)
{
    public async Task<UserView> AddAsync(NewUser input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var email = FieldRules.Email(input.Email, "email", errors);
        if (email is null && !errors.Any)
            errors.Add("email", "is required");
        var name = FieldRules.Text(input.Name, "name", 200, errors, required: true);
        AccountRules.Role(input.Role, errors);
        AccountRules.Password(input.Password, errors);
        await FieldRules.ExistsAsync(db.Teams, input.TeamId, "teamId", errors, ct);
        if (email is not null && await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == email, ct))
            errors.Add("email", $"a user '{email}' already exists");
        errors.ThrowIfAny();

        var now = changes.Now;
        var user = new User
        {
            Email = email!, Name = name!, Role = input.Role, TeamId = input.TeamId,
            PasswordHash = input.Password is null ? "" : PasswordHasher.Hash(input.Password, cost),
            CreatedUtc = now, UpdatedUtc = now, Version = 1,
        };
        await changes.InsertAsync(user, () => audit.Add(db, "user.create", RecordTypes.User, user.Id, null, UserView.Of(user)), ct);
        return UserView.Of(user);
    }

    /// <summary>
    /// Changes a user's name, role, team, password or active flag; deactivating ends its sessions at once. A user who
    /// moves to another team takes its customers, leads and deals along, so that its new manager sees them and the old
    /// one no longer does; a manager who leaves its team or its role stops managing that team.
    /// </summary>
    public async Task<UserView> UpdateAsync(long id, UserChange change, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException($"there is no user {id}");
        var errors = new FieldErrors();
        var name = change.Name is null ? user.Name : FieldRules.Text(change.Name, "name", 200, errors, required: true);
        if (change.Role is { } role)
            AccountRules.Role(role, errors);
        AccountRules.Password(change.Password, errors);
        await FieldRules.ExistsAsync(db.Teams, change.TeamId, "teamId", errors, ct);
        errors.ThrowIfAny();

        var before = UserView.Of(user);
        await using var transaction = await changes.BeginAsync(ct);
        user.Name = name!;
        user.Role = change.Role ?? user.Role;
        user.TeamId = change.TeamId ?? user.TeamId;
        user.Active = change.Active ?? user.Active;
        if (change.Password is not null)
            user.PasswordHash = PasswordHasher.Hash(change.Password, cost);
        user.UpdatedUtc = changes.Now;
        user.Version++;
        if (user.TeamId != before.TeamId)
            foreach (var follower in followers)
                await follower.FollowAsync(id, user.TeamId, changes.Now, ct);
        if (user.TeamId != before.TeamId || user.Role != CrmRole.Manager)
            await teams.StopManagingAsync(id, keep: user.Role == CrmRole.Manager ? user.TeamId : null, ct);
        audit.Add(db, "user.update", RecordTypes.User, id, before, UserView.Of(user));
        await changes.SaveAsync(ct);
        if (!user.Active || change.Password is not null)
            await db.Sessions.Where(s => s.UserId == id).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return UserView.Of(user);
    }

    public async Task SetPasswordAsync(string email, string password, CancellationToken ct)
    {
        var errors = new FieldErrors();
        AccountRules.Password(password, errors);
        errors.ThrowIfAny();
        var normalized = email.Trim().ToLowerInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Email == normalized, ct) ?? throw new NotFoundException($"there is no user '{normalized}'");
        user.PasswordHash = PasswordHasher.Hash(password, cost);
        changes.Touch(user);
        audit.Add(db, "user.password", RecordTypes.User, user.Id, null, null);
        await changes.SaveAsync(ct);
    }

    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken ct) =>
        (await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(ct)).Select(UserView.Of).ToList();
}
