using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Core;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Records;

namespace PluginCrm.Host.Access;

/// <summary>Users, teams, API keys and sign-in; the same calls serve the API and the command line.</summary>
public sealed class AccountService(CrmDbContext db, TimeProvider time, IOptions<CrmOptions> options)
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
        db.Users.Add(user);
        await SaveAsync(ct);
        return View(user);
    }

    /// <summary>Changes a user's name, role, team, password or active flag; deactivating ends its sessions at once.</summary>
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

        user.Name = name!;
        user.Role = change.Role ?? user.Role;
        user.TeamId = change.TeamId ?? user.TeamId;
        user.Active = change.Active ?? user.Active;
        if (change.Password is not null)
            user.PasswordHash = PasswordHasher.Hash(change.Password);
        user.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        user.Version++;
        await SaveAsync(ct);
        if (!user.Active || change.Password is not null)
            await db.Sessions.Where(s => s.UserId == id).ExecuteDeleteAsync(ct);
        return View(user);
    }

    public async Task SetPasswordAsync(string email, string password, CancellationToken ct)
    {
        if (password.Length < MinPasswordLength)
            throw new InputException("password", $"must be at least {MinPasswordLength} characters");
        var hash = PasswordHasher.Hash(password);
        var normalized = email.Trim().ToLowerInvariant();
        if (await db.Users.Where(u => u.Email == normalized).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, hash), ct) == 0)
            throw new NotFoundException($"there is no user '{normalized}'");
    }

    public async Task<IReadOnlyList<UserView>> UsersAsync(CancellationToken ct) =>
        (await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(ct)).Select(View).ToList();

    public async Task<TeamView> AddTeamAsync(NewTeam input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = RecordRules.Text(input.Name, "name", 100, errors, required: true);
        await RecordRules.ExistsAsync(db.Users, input.ManagerId, "managerId", errors, ct);
        if (name is not null && await db.Teams.IgnoreQueryFilters().AnyAsync(t => t.Name == name, ct))
            errors.Add("name", $"a team '{name}' already exists");
        errors.ThrowIfAny();
        var now = time.GetUtcNow().UtcDateTime;
        var team = new Team { Name = name!, Region = RecordRules.Text(input.Region, "region", 100, errors), ManagerId = input.ManagerId, CreatedUtc = now, UpdatedUtc = now, Version = 1 };
        db.Teams.Add(team);
        await SaveAsync(ct);
        return new TeamView(team.Id, team.Name, team.Region, team.ManagerId);
    }

    public async Task<IReadOnlyList<TeamView>> TeamsAsync(CancellationToken ct) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Id).Select(t => new TeamView(t.Id, t.Name, t.Region, t.ManagerId)).ToListAsync(ct);

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
        db.ApiKeys.Add(row);
        await SaveAsync(ct);
        return new NewApiKey(key, View(row));
    }

    public async Task<IReadOnlyList<ApiKeyView>> ApiKeysAsync(CancellationToken ct) =>
        (await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct)).Select(View).ToList();

    public async Task RevokeApiKeyAsync(long id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (await db.ApiKeys.Where(k => k.Id == id && k.RevokedUtc == null).ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedUtc, now), ct) == 0)
            throw new NotFoundException($"there is no active API key {id}");
    }

    /// <summary>A session for the right e-mail and password; null otherwise (the caller cannot tell which was wrong).</summary>
    public async Task<SessionView?> SignInAsync(SignIn input, CancellationToken ct)
    {
        var email = input.Email?.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email && u.Active, ct);
        if (user is null || input.Password is null || user.PasswordHash.Length == 0 || !PasswordHasher.Verify(input.Password, user.PasswordHash))
            return null;
        var token = Tokens.New(Tokens.SessionPrefix);
        var now = time.GetUtcNow().UtcDateTime;
        var expires = now.AddHours(options.Value.Access.SessionHours);
        db.Sessions.Add(new Session { TokenHash = Tokens.HashOf(token), UserId = user.Id, CreatedUtc = now, ExpiresUtc = expires });
        await db.SaveChangesAsync(ct);
        return new SessionView(token, expires, View(user));
    }

    public async Task SignOutAsync(string token, CancellationToken ct)
    {
        var hash = Tokens.HashOf(token);
        await db.Sessions.Where(s => s.TokenHash == hash).ExecuteDeleteAsync(ct);
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

    private static UserView View(User u) => new(u.Id, u.Email, u.Name, u.Role, u.TeamId, u.Active);

    private static ApiKeyView View(ApiKey k) => new(k.Id, k.Name, k.Role, k.CreatedUtc, k.RevokedUtc);
}
