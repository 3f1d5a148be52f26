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

public sealed record ApiKeyView(long Id, string Name, CrmRole Role, DateTime CreatedUtc, DateTime? RevokedUtc)
{
    public static ApiKeyView Of(ApiKey k) => new(k.Id, k.Name, k.Role, k.CreatedUtc, k.RevokedUtc);
}

public sealed record NewApiKey(string Key, ApiKeyView ApiKey);

public sealed record SessionView(string Token, DateTime ExpiresUtc, UserView User);

public sealed record NewUser(string? Email, string? Name, CrmRole Role, long? TeamId, string? Password);

/// <summary>A change to a user: every field optional, only the given ones change.</summary>
public sealed record UserChange(string? Name, CrmRole? Role, long? TeamId, bool? Active, string? Password);

public sealed record NewTeam(string? Name, string? Region, long? ManagerId);

public sealed record SignIn(string? Email, string? Password);

public sealed record NewApiKeyRequest(string? Name, CrmRole Role);
