using PluginCrm.Host.Api;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.WebConsole.Reassign;

/// <summary>
/// Gives a customer to another user from the console as the API's owner change does: a <c>customer.update</c> through
/// <see cref="RecordWriter"/>, so the host's ownership rules (a manager within its team, an admin to anyone, the team
/// following the owner) and every module's steps (lead assignment's protection period) decide, and a refusal says why.
/// </summary>
public sealed class Reassignment(RecordReader reader, RecordWriter writer, IRecordAccess access, ICrmDirectory directory)
{
    /// <summary>
    /// Whom <paramref name="user"/> may give the customer to: active users other than its owner to whom the access service
    /// lets the user hand a record; none when the user may not change the customer (a rep owns only its own).
    /// </summary>
    public async Task<IReadOnlyList<CrmUser>> CandidatesAsync(ActingUser user, CustomerRecord customer, CancellationToken ct)
    {
        if (!await access.AllowsAsync(user, AccessRight.Change, new RecordRef(RecordTypes.Customer, customer.Id), ct))
            return [];
        return (await directory.UsersAsync(ct))
            .Where(u => u.Active && u.Id != customer.OwnerId && access.Allows(user, AccessRight.Change, new RecordOwner(u.Id, u.TeamId)))
            .OrderBy(u => u.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Moves the customer read at <paramref name="version"/> to <paramref name="toOwnerId"/>; the refusal's reason, or null when done.</summary>
    public async Task<string?> ReassignAsync(ActingUser user, long customerId, long? toOwnerId, long? version, string? reason, CancellationToken ct)
    {
        if (toOwnerId is null)
            return "toOwnerId: choose who takes the customer over";
        if (string.IsNullOrWhiteSpace(reason))
            return "reason: is required: say why the owner changes";
        try
        {
            var current = await reader.GetAsync(CoreRecords.Customers, customerId, user, ct);
            await writer.UpdateAsync(CoreRecords.Customers, customerId, current with { OwnerId = toOwnerId }, version, user, ct, reason.Trim());
            return null;
        }
        catch (Exception ex) when (ex is InputException or ForbiddenException or ConflictException or PipelineValidationException or RecordValidationException)
        {
            return ex.Message;
        }
    }
}
