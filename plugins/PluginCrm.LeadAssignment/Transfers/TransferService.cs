using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Day;

namespace PluginCrm.LeadAssignment.Transfers;

/// <summary>
/// Managers (within their team) and admins move a customer or lead they may change to a rep or to the pool, with a
/// reason; protection holds unless overridden. Who may change what, and give it to whom, is the host's answer.
/// </summary>
public sealed class TransferService(OwnerWriter writer, Protection protection, ICrmDirectory directory, IRecordAccess access)
{
    /// <summary>The outcome as an HTTP status and, for 400, the bad fields.</summary>
    public sealed record Result(int Status, string Message, Dictionary<string, string[]>? Errors = null);

    public async Task<Result> TransferAsync(TransferRequest request, ActingUser user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.RecordType is not ("customer" or "lead"))
            errors["recordType"] = ["must be customer or lead"];
        if (request.RecordId is null or < 1)
            errors["recordId"] = ["is required"];
        if (errors.Count > 0)
            return new(400, "invalid transfer", errors);
        var (type, id) = (request.RecordType!, request.RecordId!.Value);
        // Before anything else is said about it: another team's record reads as one that does not exist.
        try
        {
            await access.DemandAsync(user, AccessRight.Change, new RecordRef(type, id), ct);
        }
        catch (RecordAccessDeniedException denied)
        {
            return new(denied.HidesExistence ? 404 : 403, denied.Message);
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
            errors["reason"] = ["is required: say why the owner changes"];
        var target = request.ToOwnerId is { } to ? (await directory.UsersAsync(ct)).FirstOrDefault(u => u.Id == to) : null;
        if (request.ToOwnerId is not null && target is not { Active: true })
            errors["toOwnerId"] = [target is null ? $"there is no user {request.ToOwnerId}" : $"user {target.Id} is inactive"];
        else if (target is not null && !access.Allows(user, AccessRight.Change, new RecordOwner(target.Id, target.TeamId)))
            errors["toOwnerId"] = [$"user {target.Id} is not in your team; ask an admin to give the record to another team"];
        if (errors.Count > 0)
            return new(400, "invalid transfer", errors);

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
            await writer.SetOwnerAsync(new OwnershipChange(action, type, id, request.ToOwnerId, DayText.Plain(request.Reason!.Trim())), target?.TeamId, actor, ct);
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
