using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>
/// The plugin's index of the contact keys of every lead and customer, kept by pipeline steps and rebuilt by
/// <c>POST /duplicates/reindex</c>. The keys are the SDK's <see cref="ContactKeys"/>, the same ones the host searches and
/// imports by, so a number the host calls one number is one number here too.
/// </summary>
public sealed class ContactIndex(Statements sql, ICrmRecords records)
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
        var where = string.Join(" OR ", order.Select((_, i) => $"(\"Kind\" = {{{2 * i}}} AND \"Value\" = {{{2 * i + 1}}})"));
        var rows = await sql.ReadAsync($"SELECT \"Id\", \"Kind\", \"Value\", \"RecordType\", \"RecordId\" FROM la_contact_keys WHERE {where}",
            order.SelectMany(k => new object?[] { k.Kind, k.Value }).ToList(),
            r => (Id: r.GetInt64(0), Key: (r.GetString(1), r.GetString(2)), Match: new Match(r.GetString(1), r.GetString(3), r.GetInt64(4))), ct);
        return rows.OrderBy(r => order.IndexOf(r.Key)).ThenBy(r => r.Id).Select(r => r.Match).ToList();
    }

    public async Task IndexAsync(string recordType, long recordId, object? record, CancellationToken ct)
    {
        await sql.ExecuteAsync("DELETE FROM la_contact_keys WHERE \"RecordType\" = {0} AND \"RecordId\" = {1}", [recordType, recordId], ct);
        if (record is not null)
            await AddKeysAsync(recordType, recordId, record, ct);
    }

    /// <summary>A record just created has no keys to replace (ids are never reused): its own are added, one statement fewer.</summary>
    public Task IndexCreatedAsync(string recordType, long recordId, object record, CancellationToken ct) => AddKeysAsync(recordType, recordId, record, ct);

    private async Task AddKeysAsync(string recordType, long recordId, object record, CancellationToken ct)
    {
        var keys = (await KeysAsync(record, ct)).Distinct().ToList();
        if (keys.Count > 0)
            await sql.ExecuteAsync("INSERT INTO la_contact_keys (\"RecordType\", \"RecordId\", \"Kind\", \"Value\") VALUES " + SqlRows.Values(keys.Count, 4),
                keys.SelectMany(k => new object?[] { recordType, recordId, k.Kind, k.Value }).ToList(), ct);
    }
}
