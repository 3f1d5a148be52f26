using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>A rep's open work: the leads it owns that are new, contacted or qualified (not converted or disqualified).</summary>
public sealed class OpenWork(ICrmRecords records)
{
    public static readonly LeadStatus[] OpenStatuses = [LeadStatus.New, LeadStatus.Contacted, LeadStatus.Qualified];

    public async Task<Dictionary<long, int>> OpenLeadsByOwnerAsync(CancellationToken ct)
    {
        var counts = new Dictionary<long, int>();
        foreach (var status in OpenStatuses)
            await foreach (var lead in records.QueryAsync<LeadRecord>(new Dictionary<string, string> { ["status"] = status.ToString().ToLowerInvariant() }, ct))
                if (lead.OwnerId is { } owner)
                    counts[owner] = counts.GetValueOrDefault(owner) + 1;
        return counts;
    }
}
