using PluginCrm.Host.Api;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Records;
using PluginCrm.Host.WebConsole.Screens;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.WebConsole.Reassign;

/// <summary>
/// Gives a customer to another user from the console as the API's owner change does: a <c>customer.update</c> through
/// <see cref="RecordWriter"/>, so the host's ownership rules (a manager within its team, an admin to anyone, the team
/// following the owner) and every module's steps (lead assignment's protection period) decide, and a refusal says why.
/// Overriding that protection is lead assignment's own transfer (<c>POST /api/lead-assignment/transfers</c>), called as the user.
/// </summary>
public sealed class Reassignment(RecordReader reader, RecordWriter writer, IRecordAccess access, ICrmDirectory directory, ModuleSwitches modules, ScreenApi api)
{
    private const string LeadAssignment = "lead-assignment";

    /// <summary>Whether the form offers to override a protection period: only while the module that keeps them is on.</summary>
    public Task<bool> OffersOverrideAsync(CancellationToken ct) => modules.IsEnabledAsync(LeadAssignment, ct);

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
    public async Task<string?> ReassignAsync(HttpContext http, long customerId, long? toOwnerId, long? version, string? reason, bool overrideProtection, CancellationToken ct)
    {
        if (toOwnerId is null)
            return "toOwnerId: choose who takes the customer over";
        if (string.IsNullOrWhiteSpace(reason))
            return "reason: is required: say why the owner changes";
        if (overrideProtection && await OffersOverrideAsync(ct))
        {
            var (_, refused) = await api.SendAsync(http, HttpMethod.Post, LeadAssignment, "/transfers", ct,
                new { RecordType = RecordTypes.Customer, RecordId = customerId, ToOwnerId = toOwnerId, Reason = reason.Trim(), OverrideProtection = true });
            return refused;
        }
        var user = http.User.ToActingUser();
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
