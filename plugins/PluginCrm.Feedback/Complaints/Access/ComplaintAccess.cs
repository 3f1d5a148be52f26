using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Complaints.Access;

/// <summary>Complaints as a user may see and handle them, in the host's words (<see cref="IRecordAccess"/>, <see cref="ComplaintOwnership"/>).</summary>
public sealed class ComplaintAccess(IRecordAccess access, ComplaintStore store)
{
    /// <summary>
    /// The complaint, if <paramref name="user"/> may do <paramref name="right"/> to it; else 404 when it may not even see
    /// it (the same as when there is none), 403 when it sees it only.
    /// </summary>
    public async Task<Complaint> DemandAsync(long id, ActingUser user, AccessRight right, CancellationToken ct)
    {
        await access.DemandAsync(user, right, ComplaintOwnership.Of(id), ct);
        return await store.FindAsync(id, ct) ?? throw new RecordNotFoundException($"there is no complaint {id}");
    }

    /// <summary>
    /// The complaints of <paramref name="complaints"/> that <paramref name="user"/> sees, for lists and statistics: those whose
    /// customer it reads, and those whose owner it oversees (itself; a manager its team's users; an admin everyone).
    /// </summary>
    /// <remarks>
    /// The owner rule goes by the owner's team now where <see cref="IRecordAccess"/> goes by the complaint's team: the two
    /// differ only for a complaint whose owner changed teams, and the host moves the owner's customers along with it.
    /// </remarks>
    public async Task<IQueryable<Complaint>> ListedAsync(IQueryable<Complaint> complaints, ActingUser user, CancellationToken ct)
    {
        var customers = await access.ScopeAsync(user, RecordTypes.Customer, ct);
        var owners = customers.All ? customers : await access.ScopeAsync(user, RecordTypes.User, ct);
        if (owners.All)
            return complaints;
        var (customerIds, ownerIds) = (customers.Ids, owners.Ids);
        return complaints.Where(c => customerIds.Contains(c.CustomerId) || (c.OwnerId != null && ownerIds.Contains(c.OwnerId.Value)));
    }
}
