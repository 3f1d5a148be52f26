namespace PluginCrm.Sdk.Access;

/// <summary>
/// The host's named authorisation policies. An endpoint that only some roles may use says so with
/// <c>.RequireAuthorization(CrmPolicies.Admin)</c>; code without an endpoint asks <see cref="IRecordAccess.Meets"/>. No
/// plugin compares roles itself. Every endpoint needs a signed-in caller unless it allows anonymous access.
/// </summary>
public static class CrmPolicies
{
    /// <summary>Admins: users, teams, keys, modules, settings, rules, templates.</summary>
    public const string Admin = "crm:admin";

    /// <summary>Managers and admins: the people who oversee others' work.</summary>
    public const string ManagerOrAdmin = "crm:manager-or-admin";
}
