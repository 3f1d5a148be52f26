using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Transfers;

/// <summary><c>POST /transfers</c> (managers and admins): see <see cref="TransferService"/>.</summary>
public static class TransferEndpoint
{
    public static void MapTransfer(this IEndpointRouteBuilder api) =>
        api.MapPost("/transfers", async (TransferRequest request, HttpContext http, TransferService transfers, CancellationToken ct) =>
        {
            var result = await transfers.TransferAsync(request, http.User.ToActingUser(), ct);
            return result.Status switch
            {
                200 => Results.Ok(new { request.RecordType, request.RecordId, request.ToOwnerId, result.Message }),
                400 => Results.ValidationProblem(result.Errors ?? [], result.Message),
                var status => Results.Problem(result.Message, statusCode: status, title: status switch { 403 => "Forbidden", 404 => "Not found", _ => "Conflict" }),
            };
        }).RequireAuthorization(CrmPolicies.ManagerOrAdmin);
}
