using System.Security.Claims;

namespace PluginCrm.Sdk.Access;

/// <summary>
/// The claims the host's authentication gives a caller, and the <see cref="ActingUser"/> they stand for. A plugin's
/// endpoint turns its <see cref="ClaimsPrincipal"/> into the user it acts for with <see cref="ToActingUser"/>.
/// </summary>
public static class CrmClaims
{
    /// <summary>The host's authentication scheme.</summary>
    public const string Scheme = "crm";

    /// <summary>The claim holding the caller's team id.</summary>
    public const string Team = "crm:team";

    /// <summary>The principal the host signs <paramref name="user"/> in as.</summary>
    public static ClaimsPrincipal Principal(ActingUser user)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Name), new(ClaimTypes.Role, user.Role.ToString()) };
        if (user.UserId is { } id)
            claims.Add(new Claim(ClaimTypes.NameIdentifier, id.ToString()));
        if (user.TeamId is { } team)
            claims.Add(new Claim(Team, team.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>The signed-in caller as the user changes are made for; throws for a caller who is not authenticated.</summary>
    public static ActingUser ToActingUser(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
            throw new InvalidOperationException("the caller is not authenticated");
        return new ActingUser(
            long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
            principal.FindFirstValue(ClaimTypes.Name) ?? "unknown",
            Enum.Parse<CrmRole>(principal.FindFirstValue(ClaimTypes.Role)!),
            long.TryParse(principal.FindFirstValue(Team), out var team) ? team : null);
    }
}
