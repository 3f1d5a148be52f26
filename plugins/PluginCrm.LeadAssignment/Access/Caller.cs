using System.Security.Claims;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Access;

/// <summary>The signed-in caller as an <see cref="ActingUser"/>, read from the claims the host's authentication sets.</summary>
public static class Caller
{
    private const string TeamClaim = "crm:team";

    public static ActingUser Of(ClaimsPrincipal principal) => new(
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        principal.FindFirstValue(ClaimTypes.Name) ?? "unknown",
        Enum.TryParse<CrmRole>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : CrmRole.Rep,
        long.TryParse(principal.FindFirstValue(TeamClaim), out var team) ? team : null);

    public static bool IsManagerOrAdmin(this ActingUser user) => user.Role is CrmRole.Admin or CrmRole.Manager;
}
