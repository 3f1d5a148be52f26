using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Day;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Day;

/// <summary>
/// New leads the user owns still waiting for a first response: status new, and no interaction with the lead or the lead's
/// customer since the user got the lead (when the audit last shows the owner becoming the user; the capture if never).
/// </summary>
public static class NewLeadsSection
{
    public static async Task<DaySectionView> ForAsync(CrmDbContext db, long me, DayWindow day, CancellationToken ct)
    {
        var leads = await db.Leads.AsNoTracking().Where(l => l.OwnerId == me && l.Status == LeadStatus.New).OrderBy(l => l.Id).ToListAsync(ct);
        var got = await GotAsync(db, me, leads.Select(l => l.Id).ToList(), ct);
        var customers = leads.Where(l => l.CustomerId != null).Select(l => l.CustomerId!.Value).Distinct().ToList();
        var lastContact = await db.Interactions.AsNoTracking().Where(i => i.CustomerId != null && customers.Contains(i.CustomerId.Value))
            .GroupBy(i => i.CustomerId!.Value).Select(g => new { Customer = g.Key, Last = g.Max(i => i.OccurredUtc) })
            .ToDictionaryAsync(g => g.Customer, g => g.Last, ct);
        var leadIds = leads.Select(l => l.Id).ToList();
        var lastWithLead = await db.Interactions.AsNoTracking().Where(i => i.LeadId != null && leadIds.Contains(i.LeadId.Value))
            .GroupBy(i => i.LeadId!.Value).Select(g => new { Lead = g.Key, Last = g.Max(i => i.OccurredUtc) })
            .ToDictionaryAsync(g => g.Lead, g => g.Last, ct);
        var items = new List<DayItemView>();
        var zone = DayWindows.Zone(day.TimeZone); // the day's zone, in which its times are told
        foreach (var lead in leads)
        {
            var since = got.GetValueOrDefault(lead.Id, lead.CreatedUtc);
            if (lead.CustomerId is { } customer && lastContact.TryGetValue(customer, out var last) && last >= since
                || lastWithLead.TryGetValue(lead.Id, out var withLead) && withLead >= since)
                continue;
            var title = lead.CompanyName is { } company ? $"{lead.Name} ({company})" : lead.Name;
            items.Add(DayItemView.Of(new RecordRef(RecordTypes.Lead, lead.Id).ToString(), title, null, new DayText("new, yours since {0}, no response yet", $"{TimeZoneInfo.ConvertTimeFromUtc(since, zone):yyyy-MM-dd HH:mm} ({zone.Id})")));
        }
        return new DaySectionView("new-leads", "New leads waiting for a first response", null, items);
    }

    // Per lead, when its owner last became the user, read from the audit's before and after images.
    private static async Task<Dictionary<long, DateTime>> GotAsync(CrmDbContext db, long me, List<long> leadIds, CancellationToken ct)
    {
        var entries = await db.Audit.AsNoTracking().Where(a => a.RecordType == RecordTypes.Lead && leadIds.Contains(a.RecordId))
            .OrderBy(a => a.Id).Select(a => new { a.RecordId, a.OccurredUtc, a.Before, a.After }).ToListAsync(ct);
        var got = new Dictionary<long, DateTime>();
        foreach (var entry in entries)
            if (OwnerOf(entry.After) == me && OwnerOf(entry.Before) != me)
                got[entry.RecordId] = entry.OccurredUtc;
        return got;
    }

    private static long? OwnerOf(string? json)
    {
        if (json is null)
            return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("ownerId", out var owner) && owner.ValueKind == JsonValueKind.Number ? owner.GetInt64() : null;
    }
}
