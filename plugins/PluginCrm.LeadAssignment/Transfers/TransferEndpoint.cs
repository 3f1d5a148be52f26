using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;

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
                200 => TypedResults.Ok(new TransferredRecord(request.RecordType, request.RecordId, request.ToOwnerId, result.Message)),
                400 => CrmProblems.Invalid(result.Errors ?? new Dictionary<string, string[]>()),
                var status => CrmProblems.Of(status, result.Message),
            };
        }).RequireAuthorization(CrmPolicies.ManagerOrAdmin).Produces<TransferredRecord>();
}
