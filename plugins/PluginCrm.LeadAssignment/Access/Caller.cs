using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Access;

/// <summary>What lead assignment asks of a caller (the caller itself comes from the SDK's <see cref="CrmClaims.ToActingUser"/>).</summary>
public static class Caller
{
    public static bool IsManagerOrAdmin(this ActingUser user) => user.Role is CrmRole.Admin or CrmRole.Manager;
}
