using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Audit;

/// <summary>
/// The decisions a user may read: in full, those about a customer or lead it reads now (an admin: all); and, without
/// where the record went (owner, team, rule, explanation), those that took a record from the user itself, so that a
/// rep still learns when and why it lost one. Which records the user reads is the host's answer, not the plugin's.
/// </summary>
public sealed class VisibleDecisions(LeadAssignmentDbContext db, IRecordAccess access)
{
    // Properties, not a positional record: EF Core filters on the members of what it projects into.
    public sealed record Row
    {
        public required Decision Decision { get; init; }
        public bool Readable { get; init; }
    }

    public async Task<IQueryable<Row>> ForAsync(ActingUser user, long? ownerId, CancellationToken ct)
    {
        var customers = await access.ScopeAsync(user, RecordTypes.Customer, ct);
        var leads = await access.ScopeAsync(user, RecordTypes.Lead, ct);
        var (allCustomers, customerIds, allLeads, leadIds, me) = (customers.All, customers.Ids, leads.All, leads.Ids, user.UserId);
        var rows = db.Decisions.AsNoTracking()
            .Select(d => new Row
            {
                Decision = d,
                Readable = d.RecordType == RecordTypes.Customer && (allCustomers || customerIds.Contains(d.RecordId))
                    || d.RecordType == RecordTypes.Lead && (allLeads || leadIds.Contains(d.RecordId)),
            })
            .Where(r => r.Readable || me != null && r.Decision.FromOwnerId == me);
        // On a record it no longer reads, who got it stays hidden from the filter too: no asking "did it go to user 9?".
        return ownerId is null ? rows : rows.Where(r => r.Decision.FromOwnerId == ownerId || r.Readable && r.Decision.ToOwnerId == ownerId);
    }
}
