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

    public async Task<List<Match>> MatchesAsync(IEnumerable<(string Kind, string Value)> keys, CancellationToken ct)
    {
        var matches = new List<Match>();
        foreach (var (kind, value) in keys)
            matches.AddRange(await db.ContactKeys.AsNoTracking().Where(k => k.Kind == kind && k.Value == value)
                .OrderBy(k => k.Id).Select(k => new Match(kind, k.RecordType, k.RecordId)).ToListAsync(ct));
        return matches;
    }

    public async Task IndexAsync(string recordType, long recordId, object? record, CancellationToken ct)
    {
        await db.ContactKeys.Where(k => k.RecordType == recordType && k.RecordId == recordId).ExecuteDeleteAsync(ct);
        if (record is null)
            return;
        foreach (var (kind, value) in (await KeysAsync(record, ct)).Distinct())
            db.ContactKeys.Add(new ContactKey { RecordType = recordType, RecordId = recordId, Kind = kind, Value = value });
        await db.SaveChangesAsync(ct);
    }
}
