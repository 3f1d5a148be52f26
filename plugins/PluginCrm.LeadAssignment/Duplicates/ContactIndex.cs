using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>
/// The plugin's index of the contact keys of every lead and customer, kept by pipeline steps and rebuilt by
/// <c>POST /duplicates/reindex</c>. The keys are the SDK's <see cref="ContactKeys"/>, the same ones the host searches and
/// imports by, so a number the host calls one number is one number here too.
/// </summary>
public sealed class ContactIndex(LeadAssignmentDbContext db, ICrmRecords records)
{
    public sealed record Match(string Kind, string RecordType, long RecordId);

    public async Task<IEnumerable<(string Kind, string Value)>> KeysAsync(object record, CancellationToken ct) => record switch
    {
        LeadRecord l => Of(l.Phone, l.Email, l.CompanyName),
        CustomerRecord c => Of(c.Phone, c.Email, c.CompanyId is { } id ? (await records.FindAsync<CompanyRecord>(id, ct))?.Name : null),
        _ => [],
    };

    /// <summary>The keys of a record: (kind, value) for each of phone, email and company that it has.</summary>
    public static IEnumerable<(string Kind, string Value)> Of(string? phone, string? email, string? company)
    {
        if (ContactKeys.Phone(phone) is { } p)
            yield return ("phone", p);
        if (ContactKeys.Email(email) is { } e)
            yield return ("email", e);
        if (ContactKeys.Company(company) is { } c)
            yield return ("company", c);
    }

    /// <summary>The records holding any of <paramref name="keys"/>, in the keys' order, each key's oldest first; one query.</summary>
    public async Task<List<Match>> MatchesAsync(IEnumerable<(string Kind, string Value)> keys, CancellationToken ct)
    {
        var order = keys.Distinct().ToList();
        if (order.Count == 0)
            return [];
        // The keys of a record (Of) hold at most one of each kind, so three pairs are the whole filter; an absent kind matches nothing.
        var (phone, email, company) = (ValueOf(order, "phone"), ValueOf(order, "email"), ValueOf(order, "company"));
        var rows = await db.ContactKeys.AsNoTracking()
            .Where(k => (k.Kind == "phone" && k.Value == phone) || (k.Kind == "email" && k.Value == email) || (k.Kind == "company" && k.Value == company))
            .Select(k => new { k.Id, k.Kind, k.Value, k.RecordType, k.RecordId }).ToListAsync(ct);
        return rows.OrderBy(r => order.IndexOf((r.Kind, r.Value))).ThenBy(r => r.Id).Select(r => new Match(r.Kind, r.RecordType, r.RecordId)).ToList();
    }

    public async Task IndexAsync(string recordType, long recordId, object? record, CancellationToken ct)
    {
        await db.ContactKeys.Where(k => k.RecordType == recordType && k.RecordId == recordId).ExecuteDeleteAsync(ct);
        if (record is not null)
            await AddKeysAsync(recordType, recordId, record, ct);
    }

    /// <summary>A record just created has no keys to replace (ids are never reused): its own are added, one statement fewer.</summary>
    public Task IndexCreatedAsync(string recordType, long recordId, object record, CancellationToken ct) => AddKeysAsync(recordType, recordId, record, ct);

    private async Task AddKeysAsync(string recordType, long recordId, object record, CancellationToken ct)
    {
        foreach (var (kind, value) in (await KeysAsync(record, ct)).Distinct())
            db.ContactKeys.Add(new ContactKey { RecordType = recordType, RecordId = recordId, Kind = kind, Value = value });
        await db.SaveChangesAsync(ct);
    }

    private static string? ValueOf(List<(string Kind, string Value)> keys, string kind) => keys.FirstOrDefault(k => k.Kind == kind).Value;
}
