using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>Every endpoint needs a caller unless it says otherwise; admin-only endpoints name this policy.</summary>
public static class AccessPolicies
{
    public const string Admin = "admin";

    public static void AddCrmAccess(this IServiceCollection services)
    {
        services.AddAuthentication(CrmClaims.Scheme).AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CrmAuthenticationHandler>(CrmClaims.Scheme, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Admin, p => p.RequireRole(nameof(CrmRole.Admin)));
    }
}
