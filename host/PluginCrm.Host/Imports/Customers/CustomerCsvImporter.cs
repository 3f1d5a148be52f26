using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Imports.Customers;

/// <summary>
/// Imports customers from any CSV through a column mapping. A row whose match key (e-mail, phone or external
/// id, as configured, compared by the SDK's contact keys) finds an existing customer updates it instead of creating a
/// duplicate; one that finds two or more is a row error naming them. Company, owner and team are found by name, e-mail
/// or id. Fields the file does not map keep their stored values. A customer created without an owner is the lead
/// assignment module's to route, when it is on. Rows are written in batches (<see cref="ImportSession.BatchSize"/>).
/// </summary>
public sealed class CustomerCsvImporter
{
    public async Task ImportAsync(ImportSession session, string path, CustomerCsvMapping mapping, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        using var csv = CsvFiles.Open(path);
        var header = csv.HeaderRecord!;
        var columns = CustomerCsvMapping.Fields.ToDictionary(f => f, f => mapping.ColumnFor(f, header));
        var missing = mapping.Columns.Where(c => !header.Contains(c.Value)).Select(c => $"{c.Key}={c.Value}").ToList();
        if (missing.Count > 0)
            throw new ImportFileException($"{file}: the mapping names columns the file does not have: {string.Join(", ", missing)} (header: {string.Join(",", header)})");
        if (columns["name"] is null)
            throw new ImportFileException($"{file}: no column for the customer's name; map one with --map name=Column");

        var db = session.Db;
        var all = (await db.Customers.AsNoTracking().ToListAsync(ct)).Select(CoreRecords.Customers.ToRecord).ToList();
        var index = new CustomerIndex(all);
        var companies = await db.Companies.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Id, StringComparer.OrdinalIgnoreCase, ct);
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.Email, u.TeamId }).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase, ct);

        // Rows go in batches; a row that shares a key with one not yet written waits for that one, so that it finds it.
        var batch = new List<ImportRow<CustomerRecord>>();
        var batchKeys = new HashSet<string>(StringComparer.Ordinal);
        async Task WriteBatchAsync()
        {
            var saved = await session.UpsertManyAsync(CoreRecords.Customers, batch, ct);
            for (var i = 0; i < batch.Count; i++)
            {
                if (saved[i] is { } customer)
                    index.Put(batch[i].Existing, customer);
            }
            batch.Clear();
            batchKeys.Clear();
        }

        session.Progress.Start("customers", CsvFiles.CountRows(path));
        while (await csv.ReadAsync())
        {
            session.Progress.Advance();
            var row = csv.Parser.Row;
            var cells = new CsvCells(session, file, row);
            string? Cell(string field) => columns[field] is { } column ? CsvFiles.Text(csv, column) : null;
            bool Has(string field) => columns[field] is not null;
            var errors = session.ErrorCount;

            if (CustomerIndex.Keys(Cell("email"), Cell("phone"), Cell("externalId")).Any(batchKeys.Contains))
                await WriteBatchAsync();
            var (key, found) = index.Find(mapping.MatchKeys, Cell("email"), Cell("phone"), Cell("externalId"));
            if (found.Count > 1)
            {
                // Updating one of them would be a guess: the row says which customer only once the key is unique.
                session.Error(file, row, columns[key!]!, $"matches customers {Ids(found)}: it could update any of them; match by a key they do not share, or merge them first");
                continue;
            }
            var existing = found.SingleOrDefault();
            var record = existing ?? new CustomerRecord(0, "", CustomerKind.Person, null, null, null, null, null, null, null, null, null, LifecycleStage.Lead, [], false, null, default, default, 0);
            record = record with
            {
                Name = Has("name") ? Cell("name") ?? "" : record.Name,
                Email = Has("email") ? Cell("email") : record.Email,
                Phone = Has("phone") ? Cell("phone") : record.Phone,
                ExternalId = Has("externalId") ? Cell("externalId") : record.ExternalId,
                Source = Has("source") ? Cell("source") : record.Source,
                Region = Has("region") ? Cell("region") : record.Region,
                Language = Has("language") ? Cell("language") : record.Language,
                Tags = Has("tags") ? (Cell("tags") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : record.Tags,
                Stage = Has("stage") && Cell("stage") is { } stage ? cells.Enum<LifecycleStage>(columns["stage"]!, stage) ?? record.Stage : record.Stage,
                Kind = Has("kind") && Cell("kind") is { } kind ? cells.Enum<CustomerKind>(columns["kind"]!, kind) ?? record.Kind : record.Kind,
                Birthday = Has("birthday") ? cells.Date(columns["birthday"]!, Cell("birthday"), ["yyyy-MM-dd", "yyyy/MM/dd"], "a date such as 1988-03-14") : record.Birthday,
                ConsentToContact = Has("consent") ? cells.Consent(columns["consent"]!, Cell("consent")) : record.ConsentToContact,
                CompanyId = Has("company") ? cells.Reference(columns["company"]!, Cell("company"), v => companies.TryGetValue(v, out var id) ? id : null) : record.CompanyId,
                OwnerId = Has("owner") ? cells.Reference(columns["owner"]!, Cell("owner"), v => users.FirstOrDefault(u => u.Id.ToString(CultureInfo.InvariantCulture) == v || string.Equals(u.Email, v, StringComparison.OrdinalIgnoreCase))?.Id) : record.OwnerId,
                TeamId = Has("team") ? cells.Reference(columns["team"]!, Cell("team"), v => teams.TryGetValue(v, out var id) ? id : null) : record.TeamId,
            };
            if (session.ErrorCount > errors)
                continue;
            batch.Add(new ImportRow<CustomerRecord>(existing, record, file, row));
            batchKeys.UnionWith(CustomerIndex.Keys(record.Email, record.Phone, record.ExternalId));
            if (existing is not null)
                batchKeys.UnionWith(CustomerIndex.Keys(existing.Email, existing.Phone, existing.ExternalId));
            if (batch.Count == ImportSession.BatchSize)
                await WriteBatchAsync();
        }
        if (batch.Count > 0)
            await WriteBatchAsync();
    }

    private static string Ids(IReadOnlyList<CustomerRecord> customers) =>
        string.Join(", ", customers.SkipLast(1).Select(c => c.Id.ToString(CultureInfo.InvariantCulture))) + " and " + customers[^1].Id.ToString(CultureInfo.InvariantCulture);
}
