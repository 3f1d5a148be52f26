using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Enrolments;

namespace PluginCrm.Training.Certificates;

/// <summary>
/// <c>/certificates/{code}</c>: anyone checks a code printed on a certificate (no account: that is its point); admins
/// revoke one; an enrolment's certificate with its text for whoever reads the enrolment.
/// </summary>
public static class CertificateEndpoints
{
    public static void MapCertificates(this IEndpointRouteBuilder api)
    {
        api.MapGet("/certificates/{code}", async (string code, CertificateRegistry registry, CancellationToken ct) =>
            TypedResults.Ok(await registry.CheckAsync(code, ct))).AllowAnonymous();
        api.MapPost("/certificates/{code}/revoke", async (string code, RevokeRequest request, CertificateRegistry registry, CancellationToken ct) =>
            TypedResults.Ok(await registry.RevokeAsync(code, request, ct))).RequireAuthorization(CrmPolicies.Admin);
        api.MapGet("/enrolments/{id:long}/certificate", async (long id, ClaimsPrincipal user, IRecordAccess access, CertificateRegistry registry, CancellationToken ct) =>
        {
            await access.DemandAsync(user.ToActingUser(), AccessRight.Read, EnrolmentOwnership.Of(id), ct);
            return TypedResults.Ok(await registry.OfEnrolmentAsync(id, ct));
        });
    }
}
