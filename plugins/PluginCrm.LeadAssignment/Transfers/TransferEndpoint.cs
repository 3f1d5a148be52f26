using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.LeadAssignment.Access;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Transfers;

/// <summary><c>POST /transfers</c>: managers and admins move a customer or lead to a rep or to the pool, with a reason; audited.</summary>
public static class TransferEndpoint
{
    public static void MapTransfer(this IEndpointRouteBuilder api) =>
        api.MapPost("/transfers", async (TransferRequest request, HttpContext http, OwnerWriter writer, Protection protection, ICrmDirectory directory, CancellationToken ct) =>
        {
            var user = Caller.Of(http.User);
            if (!user.IsManagerOrAdmin())
                return Problems.Forbidden("only managers and admins transfer; a rep claims from the pool");
            var errors = new Dictionary<string, string[]>();
            if (request.RecordType is not ("customer" or "lead"))
                errors["recordType"] = ["must be customer or lead"];
            if (request.RecordId is null or < 1)
                errors["recordId"] = ["is required"];
            if (string.IsNullOrWhiteSpace(request.Reason))
                errors["reason"] = ["is required: say why the owner changes"];
            var target = request.ToOwnerId is { } to ? (await directory.UsersAsync(ct)).FirstOrDefault(u => u.Id == to) : null;
            if (request.ToOwnerId is not null && target is not { Active: true })
                errors["toOwnerId"] = [target is null ? $"there is no user {request.ToOwnerId}" : $"user {target.Id} is inactive"];
            if (errors.Count > 0)
                return Results.ValidationProblem(errors);

            var (type, id) = (request.RecordType!, request.RecordId!.Value);
            if (await writer.OwnerOfAsync(type, id, ct) is not { } current)
                return Problems.NotFound($"there is no {type} {id}");
            if (current.Owner == request.ToOwnerId)
                return Problems.Conflict($"{type} {id} is already {(current.Owner is null ? "in the pool" : $"owned by {current.Owner}")}");
            if (!request.OverrideProtection && await protection.ProtectedUntilAsync(type, id, current.Owner, ct) is { } until)
                return Problems.Conflict($"{type} {id} is protected for its owner until {until:yyyy-MM-dd HH:mm}Z; send overrideProtection: true to transfer anyway");

            var action = request.ToOwnerId is null ? "release" : "transfer";
            try
            {
                // A transfer to the pool leaves no owner, which only the system may write.
                await writer.SetOwnerAsync(new OwnershipChange(action, type, id, request.ToOwnerId, request.Reason!.Trim()), target?.TeamId,
                    request.ToOwnerId is null ? ActingUser.System with { Name = $"{user.Name} (release)" } : user, ct);
            }
            catch (RecordConflictException changed)
            {
                return Problems.Conflict(changed.Message);
            }
            return Results.Ok(new { recordType = type, recordId = id, fromOwnerId = current.Owner, toOwnerId = request.ToOwnerId });
        });
}
