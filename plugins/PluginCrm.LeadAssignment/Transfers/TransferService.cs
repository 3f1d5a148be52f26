using PluginCrm.LeadAssignment.Access;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Transfers;

/// <summary>Managers and admins move a customer or lead to a rep or to the pool, with a reason; protection holds unless overridden.</summary>
public sealed class TransferService(OwnerWriter writer, Protection protection, ICrmDirectory directory)
{
    /// <summary>The outcome as an HTTP status and, for 400, the bad fields.</summary>
    public sealed record Result(int Status, string Message, Dictionary<string, string[]>? Errors = null);

    public async Task<Result> TransferAsync(TransferRequest request, ActingUser user, CancellationToken ct)
    {
        if (!user.IsManagerOrAdmin())
            return new(403, "only managers and admins transfer; a rep claims from the pool");
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
            return new(400, "invalid transfer", errors);

        var (type, id) = (request.RecordType!, request.RecordId!.Value);
        if (await writer.OwnerOfAsync(type, id, ct) is not { } current)
            return new(404, $"there is no {type} {id}");
        if (current.Owner == request.ToOwnerId)
            return new(409, $"{type} {id} is already {(current.Owner is null ? "without an owner" : $"owned by user {current.Owner}")}");
        if (!request.OverrideProtection && await protection.ProtectedUntilAsync(type, id, current.Owner, ct) is { } until)
            return new(409, $"{type} {id} is protected for its owner until {until:yyyy-MM-dd HH:mm}Z; send overrideProtection: true to transfer anyway");

        var action = request.ToOwnerId is null ? "release" : "transfer";
        try
        {
            // A record without an owner is something only the system may write (the host gives a manager's records its team).
            var actor = request.ToOwnerId is null ? ActingUser.System with { Name = user.Name } : user;
            await writer.SetOwnerAsync(new OwnershipChange(action, type, id, request.ToOwnerId, request.Reason!.Trim()), target?.TeamId, actor, ct);
        }
        catch (RecordConflictException changed)
        {
            return new(409, changed.Message);
        }
        catch (RecordValidationException invalid)
        {
            return new(400, invalid.Message, invalid.Errors.ToDictionary());
        }
        return new(200, request.ToOwnerId is null ? $"{type} {id} is in the pool" : $"{type} {id} now belongs to user {request.ToOwnerId}");
    }
}
