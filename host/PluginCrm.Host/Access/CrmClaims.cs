using System.Security.Claims;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>Turns a caller into claims and back into the <see cref="ActingUser"/> the pipeline and audit use.</summary>
public static class CrmClaims
{
    public const string Scheme = "crm", Team = "crm:team";

    public static ClaimsPrincipal Principal(ActingUser user)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Name), new(ClaimTypes.Role, user.Role.ToString()) };
        if (user.UserId is { } id)
            claims.Add(new Claim(ClaimTypes.NameIdentifier, id.ToString()));
        if (user.TeamId is { } team)
            claims.Add(new Claim(Team, team.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

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
