using Microsoft.AspNetCore.Authorization;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>Every endpoint needs a caller unless it says otherwise; the SDK's <see cref="CrmPolicies"/> name the roles.</summary>
public static class AccessPolicies
{
    public const string Admin = CrmPolicies.Admin;

    public static void AddCrmAccess(this IServiceCollection services)
    {
        services.AddAuthentication(CrmClaims.Scheme).AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CrmAuthenticationHandler>(CrmClaims.Scheme, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(CrmPolicies.Admin, p => p.RequireRole(nameof(CrmRole.Admin)))
            .AddPolicy(CrmPolicies.ManagerOrAdmin, p => p.RequireRole(nameof(CrmRole.Admin), nameof(CrmRole.Manager)));
    }
}
