using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>
/// How much a user learns of a duplicate, the same on capture and on lookup: that it exists and who owns it (so
/// nobody opens the same customer twice, and the two people can talk), and its id only when the user may read it.
/// Without that, a lookup by phone would be an oracle for another team's record ids.
/// </summary>
public sealed class DuplicateDisclosure(ICrmRecords records, IRecordAccess access)
{
    public async Task<Duplicate> TellAsync(ContactIndex.Match match, ActingUser user, CancellationToken ct)
    {
        var owner = match.RecordType == RecordTypes.Lead
            ? (await records.FindAsync<LeadRecord>(match.RecordId, ct))?.OwnerId
            : (await records.FindAsync<CustomerRecord>(match.RecordId, ct))?.OwnerId;
        var reads = await access.AllowsAsync(user, AccessRight.Read, new RecordRef(match.RecordType, match.RecordId), ct);
        return new Duplicate(match.Kind, match.RecordType, reads ? match.RecordId : null, owner);
    }
}
