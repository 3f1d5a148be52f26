using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Complaints.Create;

public static class CreateComplaintEndpoint
{
    /// <summary><c>POST /</c>: anyone signed in may log a complaint.</summary>
    public static void MapCreateComplaint(this IEndpointRouteBuilder complaints) =>
        complaints.MapPost("/", async (CreateComplaintRequest request, ClaimsPrincipal principal, ComplaintIntake intake, CancellationToken ct) =>
        {
            var created = await intake.CreateAsync(request, principal.ToActingUser(), ct);
            return TypedResults.Created($"/api/feedback/complaints/{created.Id}", created);
        });
}
