using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Ownership;

/// <summary>
/// Changes a customer's or lead's owner through the core records (validated, audited by the host, seen by other
/// plugins) under a licence, so that the ownership guard lets exactly this change through.
/// </summary>
public sealed class OwnerWriter(ICrmRecords records, OwnershipLicence licence)
{
    public async Task<(long? Owner, long? Team)?> OwnerOfAsync(string recordType, long id, CancellationToken ct) => recordType switch
    {
        "customer" => await records.FindAsync<CustomerRecord>(id, ct) is { } c ? (c.OwnerId, c.TeamId) : null,
        "lead" => await records.FindAsync<LeadRecord>(id, ct) is { } l ? (l.OwnerId, l.TeamId) : null,
        _ => null,
    };

    /// <summary>Sets the owner (null: the pool) and team; returns false when the record is not there.</summary>
    public async Task<bool> SetOwnerAsync(OwnershipChange change, long? teamId, ActingUser user, CancellationToken ct)
    {
        licence.Pending = change;
        try
        {
            switch (change.RecordType)
            {
                case "customer" when await records.FindAsync<CustomerRecord>(change.RecordId, ct) is { } c:
                    await records.UpdateAsync(c with { OwnerId = change.To, TeamId = teamId ?? c.TeamId }, user, ct);
                    return true;
                case "lead" when await records.FindAsync<LeadRecord>(change.RecordId, ct) is { } l:
                    await records.UpdateAsync(l with { OwnerId = change.To, TeamId = teamId ?? l.TeamId }, user, ct);
                    return true;
                default:
                    return false;
            }
        }
        finally
        {
            licence.Pending = null;
        }
    }
}
