using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>
/// Users, teams and API keys; the same calls serve the API and the command line. Every change is audited with the
/// state before and after (never a password or key hash), in the transaction of the change.
/// </summary>
public sealed class AccountService(CrmDbContext db, TimeProvider time, AuditTrail audit)
{
    public const int MinPasswordLength = 10;

    public async Task<UserView> AddUserAsync(NewUser input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var email = RecordRules.Email(input.Email, "email", errors);
        if (email is null && !errors.Any)
            errors.Add("email", "is required");
        var name = RecordRules.Text(input.Name, "name", 200, errors, required: true);
        if (!Enum.IsDefined(input.Role))
            errors.Add("role", "must be admin, manager or rep");
        if (input.Password is { } password && password.Length < MinPasswordLength)
            errors.Add("password", $"must be at least {MinPasswordLength} characters");
        await RecordRules.ExistsAsync(db.Teams, input.TeamId, "teamId", errors, ct);
        if (email is not null && await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == email, ct))
            errors.Add("email", $"a user '{email}' already exists");
        errors.ThrowIfAny();

        var now = time.GetUtcNow().UtcDateTime;
        var user = new User
        {
            Email = email!, Name = name!, Role = input.Role, TeamId = input.TeamId,
            PasswordHash = input.Password is null ? "" : PasswordHasher.Hash(input.Password),
            CreatedUtc = now, UpdatedUtc = now, Version = 1,
        };
        await using var transaction = await BeginAsync(ct);
        db.Users.Add(user);
        await SaveAsync(ct);
        audit.Add(db, "user.create", RecordTypes.User, user.Id, null, View(user));
        await SaveAsync(ct);
        await CommitAsync(transaction, ct);
        return View(user);
    }

    /// <summary>
    /// Changes a user's name, role, team, password or active flag; deactivating ends its sessions at once. A user who
    /// moves to another team takes its customers, leads and deals along, so that its new manager sees them and the old
    /// one no longer does; a manager who leaves its team or its role stops managing that team.
    /// </summary>
    public async Task<UserView> UpdateUserAsync(long id, UserChange change, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException($"there is no user {id}");
        var errors = new FieldErrors();
        var name = change.Name is null ? user.Name : RecordRules.Text(change.Name, "name", 200, errors, required: true);
        if (change.Role is { } role && !Enum.IsDefined(role))
            errors.Add("role", "must be admin, manager or rep");
        if (change.Password is { Length: < MinPasswordLength })
            errors.Add("password", $"must be at least {MinPasswordLength} characters");
        await RecordRules.ExistsAsync(db.Teams, change.TeamId, "teamId", errors, ct);
        errors.ThrowIfAny();

        var before = View(user);
        await using var transaction = await BeginAsync(ct);
        user.Name = name!;
        user.Role = change.Role ?? user.Role;
        user.TeamId = change.TeamId ?? user.TeamId;
        user.Active = change.Active ?? user.Active;
        if (change.Password is not null)
            user.PasswordHash = PasswordHasher.Hash(change.Password);
        user.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        user.Version++;
        if (user.TeamId != before.TeamId)
            await MoveRecordsAsync(id, user.TeamId, ct);
        if (user.TeamId != before.TeamId || user.Role != CrmRole.Manager)
            await StopManagingAsync(id, keep: user.Role == CrmRole.Manager ? user.TeamId : null, ct);
        audit.Add(db, "user.update", RecordTypes.User, id, before, View(user));
        await SaveAsync(ct);
        if (!user.Active || change.Password is not null)
            await db.Sessions.Where(s => s.UserId == id).ExecuteDeleteAsync(ct);
        await CommitAsync(transaction, ct);
        return View(user);
    }

    private async Task MoveRecordsAsync(long ownerId, long? teamId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.Customers.IgnoreQueryFilters().Where(c => c.OwnerId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TeamId, teamId).SetProperty(c => c.Version, c => c.Version + 1).SetProperty(c => c.UpdatedUtc, now), ct);
        await db.Leads.IgnoreQueryFilters().Where(l => l.OwnerId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.TeamId, teamId).SetProperty(l => l.Version, l => l.Version + 1).SetProperty(l => l.UpdatedUtc, now), ct);
        await db.Deals.IgnoreQueryFilters().Where(d => d.OwnerId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.TeamId, teamId).SetProperty(d => d.Version, d => d.Version + 1).SetProperty(d => d.UpdatedUtc, now), ct);
        await db.Tasks.IgnoreQueryFilters().Where(t => t.OwnerId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.TeamId, teamId).SetProperty(t => t.Version, t => t.Version + 1).SetProperty(t => t.UpdatedUtc, now), ct);
    }

    private async Task StopManagingAsync(long managerId, long? keep, CancellationToken ct)
    {
        foreach (var team in await db.Teams.Where(t => t.ManagerId == managerId && t.Id != keep).ToListAsync(ct))
        {
            var before = View(team);
            team.ManagerId = null;
            Touch(team);
            audit.Add(db, "team.update", RecordTypes.Team, team.Id, before, View(team));
        }
    }

    public async Task SetPasswordAsync(string email, string password, CancellationToken ct)
    {
        if (password.Length < MinPasswordLength)
            throw new InputException("password", $"must be at least {MinPasswordLength} characters");
        var normalized = email.Trim().ToLowerInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Email == normalized, ct) ?? throw new NotFoundException($"there is no user '{normalized}'");
        user.PasswordHash = PasswordHasher.Hash(password);
        Touch(user);
        audit.Add(db, "user.password", RecordTypes.User, user.Id, null, null);
        await SaveAsync(ct);
    }

    public async Task<IReadOnlyList<UserView>> UsersAsync(CancellationToken ct) =>
        (await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(ct)).Select(View).ToList();

    public async Task<TeamView> AddTeamAsync(NewTeam input, CancellationToken ct)
    {
        var team = new Team { CreatedUtc = time.GetUtcNow().UtcDateTime, Version = 1 };
        await ApplyAsync(team, input, ct);
        team.UpdatedUtc = team.CreatedUtc;
        await using var transaction = await BeginAsync(ct);
        db.Teams.Add(team);
        await SaveAsync(ct);
        await JoinManagerAsync(team, ct);
        audit.Add(db, "team.create", RecordTypes.Team, team.Id, null, View(team));
        await SaveAsync(ct);
        await CommitAsync(transaction, ct);
        return View(team);
    }

    /// <summary>Replaces a team's name, region and manager (a manager who is in no team yet joins this one).</summary>
    public async Task<TeamView> UpdateTeamAsync(long id, NewTeam input, CancellationToken ct)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException($"there is no team {id}");
        var before = View(team);
        await ApplyAsync(team, input, ct);
        Touch(team);
        await JoinManagerAsync(team, ct);
        audit.Add(db, "team.update", RecordTypes.Team, id, before, View(team));
        await SaveAsync(ct);
        return View(team);
    }

    private async Task ApplyAsync(Team team, NewTeam input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = RecordRules.Text(input.Name, "name", 100, errors, required: true);
        var region = RecordRules.Text(input.Region, "region", 100, errors);
        if (name is not null && await db.Teams.IgnoreQueryFilters().AnyAsync(t => t.Name == name && t.Id != team.Id, ct))
            errors.Add("name", $"a team '{name}' already exists");
        if (input.ManagerId is { } managerId)
        {
            var manager = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == managerId, ct);
            if (manager is null)
                errors.Add("managerId", $"there is no user {managerId}");
            else if (manager.Role != CrmRole.Manager)
                errors.Add("managerId", $"user {managerId} is a {manager.Role.ToString().ToLowerInvariant()}; a team is managed by a manager");
            else if (manager.TeamId is { } other && other != team.Id)
                errors.Add("managerId", $"user {managerId} is in team {other}; a manager manages its own team (move it here first)");
        }
        errors.ThrowIfAny();
        (team.Name, team.Region, team.ManagerId) = (name!, region, input.ManagerId);
    }

    private async Task JoinManagerAsync(Team team, CancellationToken ct)
    {
        if (team.ManagerId is not { } managerId)
            return;
        var manager = await db.Users.SingleAsync(u => u.Id == managerId, ct);
        if (manager.TeamId is not null)
            return;
        var before = View(manager);
        manager.TeamId = team.Id;
        Touch(manager);
        audit.Add(db, "user.update", RecordTypes.User, managerId, before, View(manager));
    }

    public async Task<IReadOnlyList<TeamView>> TeamsAsync(CancellationToken ct) =>
        (await db.Teams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct)).Select(View).ToList();

    /// <summary>Creates a key; the key itself is in the result and nowhere else, ever.</summary>
    public async Task<NewApiKey> CreateApiKeyAsync(NewApiKeyRequest input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = RecordRules.Text(input.Name, "name", 100, errors, required: true);
        if (!Enum.IsDefined(input.Role))
            errors.Add("role", "must be admin, manager or rep");
        errors.ThrowIfAny();
        var key = Tokens.New(Tokens.ApiKeyPrefix);
        var row = new ApiKey { Name = name!, Role = input.Role, KeyHash = Tokens.HashOf(key), CreatedUtc = time.GetUtcNow().UtcDateTime };
        await using var transaction = await BeginAsync(ct);
        db.ApiKeys.Add(row);
        await SaveAsync(ct);
        audit.Add(db, "apikey.create", "apikey", row.Id, null, View(row));
        await SaveAsync(ct);
        await CommitAsync(transaction, ct);
        return new NewApiKey(key, View(row));
    }

    public async Task<IReadOnlyList<ApiKeyView>> ApiKeysAsync(CancellationToken ct) =>
        (await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct)).Select(View).ToList();

    public async Task RevokeApiKeyAsync(long id, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id && k.RevokedUtc == null, ct) ?? throw new NotFoundException($"there is no active API key {id}");
        var before = View(key);
        key.RevokedUtc = time.GetUtcNow().UtcDateTime;
        audit.Add(db, "apikey.revoke", "apikey", id, before, View(key));
        await SaveAsync(ct);
    }

    // Inside an import's (or a caller's) transaction, the change joins it; else it gets one of its own.
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> BeginAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    private static async Task CommitAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction, CancellationToken ct)
    {
        if (transaction is not null)
            await transaction.CommitAsync(ct);
    }

    private void Touch(RecordEntity entity)
    {
        entity.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        entity.Version++;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            throw new ConflictException("another record with the same name or e-mail was saved at the same moment; try again");
        }
    }

    public static UserView View(User u) => new(u.Id, u.Email, u.Name, u.Role, u.TeamId, u.Active);

    private static TeamView View(Team t) => new(t.Id, t.Name, t.Region, t.ManagerId);

    private static ApiKeyView View(ApiKey k) => new(k.Id, k.Name, k.Role, k.CreatedUtc, k.RevokedUtc);
}
