using PluginCrm.Host.Access.Tables;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

public sealed record UserView(long Id, string Email, string Name, CrmRole Role, long? TeamId, bool Active)
{
    public static UserView Of(User u) => new(u.Id, u.Email, u.Name, u.Role, u.TeamId, u.Active);
}

public sealed record TeamView(long Id, string Name, string? Region, long? ManagerId)
{
    public static TeamView Of(Team t) => new(t.Id, t.Name, t.Region, t.ManagerId);
}

public sealed record ApiKeyView(
    long Id, string Name, CrmRole Role, DateTime CreatedUtc, DateTime? RevokedUtc, IReadOnlyList<string>? Scopes, long? TeamId, DateTime? ExpiresUtc,
    int? RequestsPerMinute)
{
    public static ApiKeyView Of(ApiKey k) => new(k.Id, k.Name, k.Role, k.CreatedUtc, k.RevokedUtc, ApiKeyScopes.Parse(k.Scopes), k.TeamId, k.ExpiresUtc, k.RequestsPerMinute);
}

public sealed record NewApiKey(string Key, ApiKeyView ApiKey);

public sealed record SessionView(string Token, DateTime ExpiresUtc, UserView User);

public sealed record NewUser(string? Email, string? Name, CrmRole Role, long? TeamId, string? Password);

/// <summary>A change to a user: every field optional, only the given ones change.</summary>
public sealed record UserChange(string? Name, CrmRole? Role, long? TeamId, bool? Active, string? Password);

public sealed record NewTeam(string? Name, string? Region, long? ManagerId);

public sealed record SignIn(string? Email, string? Password);

/// <summary>A new API key: its role, and optionally what limits it further.</summary>
/// <param name="Scopes">The areas it may read or write, e.g. <c>["leads:write", "orders:write"]</c> (<c>GET /api/apikeys/scopes</c>); null or none for everything its role may.</param>
/// <param name="TeamId">A team: the key then reaches that team's records as its manager would (role manager).</param>
/// <param name="ExpiresUtc">When it stops working.</param>
/// <param name="RequestsPerMinute">Its own rate limit, below or above <c>Access:ApiKeyRequestsPerMinute</c>.</param>
public sealed record NewApiKeyRequest(
    string? Name, CrmRole Role, IReadOnlyList<string>? Scopes = null, long? TeamId = null, DateTime? ExpiresUtc = null, int? RequestsPerMinute = null);
