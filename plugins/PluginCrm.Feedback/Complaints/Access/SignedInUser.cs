using System.Security.Claims;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Complaints.Access;

/// <summary>The caller of an endpoint as an <see cref="ActingUser"/>, from the claims the host's sign-in sets.</summary>
public static class SignedInUser
{
    public static ActingUser From(ClaimsPrincipal principal)
    {
        long? Number(string claim) => long.TryParse(principal.FindFirstValue(claim), out var n) ? n : null;
        var role = Enum.TryParse<CrmRole>(principal.FindFirstValue(ClaimTypes.Role), out var r) ? r : CrmRole.Rep;
        return new ActingUser(Number(ClaimTypes.NameIdentifier), principal.FindFirstValue(ClaimTypes.Name) ?? "unknown", role, Number("crm:team"));
    }
}
