using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Imports.Cdnow;

/// <summary>
/// Imports CDNOW purchases as customers and orders. Both files work: the master file (header
/// <c>customer_id date number_of_cds dollar_value</c>) and the sample (no header: master id, sample id, date,
/// CDs, dollars). Customers are keyed by the master id, so the sample and the master name the same people;
/// each purchase becomes an order numbered <c>CDNOW-id-date-n</c> (n counts purchases of one day), which keeps
/// re-runs idempotent and keeps same-day purchases apart.
/// </summary>
public sealed class CdnowImporter
{
    public async Task ImportAsync(ImportSession session, string path, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        var rows = Read(session, path, file);
        var ids = rows.Select(r => r.Customer).Distinct().ToList();
        var customers = (await session.Db.Customers.AsNoTracking().Where(c => c.ExternalId != null && c.ExternalId.StartsWith("cdnow-")).ToListAsync(ct))
            .ToDictionary(c => c.ExternalId!, CoreRecords.Customers.ToRecord);
        var orders = (await session.Db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.Number.StartsWith("CDNOW-")).ToListAsync(ct))
            .ToDictionary(o => o.Number, CoreRecords.Orders.ToRecord);

        // A new customer comes in at the stage its purchases give it, so its orders move nothing (Records/Lifecycle).
        var purchaseDays = rows.Where(r => r.Dollars >= 0).GroupBy(r => r.Customer).ToDictionary(g => g.Key, g => g.Select(r => r.Date).Distinct().Count());
        session.Progress.Start("customers", ids.Count);
        foreach (var (id, row) in rows.GroupBy(r => r.Customer).Select(g => (g.Key, g.First().Row)))
        {
            var key = $"cdnow-{id}";
            var stage = purchaseDays.GetValueOrDefault(id) >= 2 ? LifecycleStage.Repeat : LifecycleStage.Customer;
            var wanted = new CustomerRecord(0, $"CDNOW customer {id}", CustomerKind.Person, null, null, null, null, "cdnow", null, null,
                null, null, stage, [], false, key, default, default, 0);
            var before = customers.GetValueOrDefault(key);
            if (before is not null)
                wanted = wanted with { Stage = before.Stage, Tags = before.Tags, ConsentToContact = before.ConsentToContact, OwnerId = before.OwnerId, TeamId = before.TeamId };
            if (await session.UpsertAsync(CoreRecords.Customers, before, wanted, file, row, ct) is { } saved)
                customers[key] = saved;
            session.Progress.Advance();
        }
        if (session.ErrorCount > 0)
            return;

        session.Progress.Start("orders", rows.Count);
        foreach (var purchase in rows)
        {
            var number = $"CDNOW-{purchase.Customer}-{purchase.Date:yyyyMMdd}-{purchase.SameDay}";
            var wanted = new OrderRecord(0, number, customers[$"cdnow-{purchase.Customer}"].Id, purchase.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                purchase.Dollars, "USD", [new OrderLineRecord(null, purchase.Cds == 1 ? "1 CD" : $"{purchase.Cds} CDs", 1, purchase.Dollars)], default, default, 0);
            await session.UpsertAsync(CoreRecords.Orders, orders.GetValueOrDefault(number), wanted, file, purchase.Row, ct);
            session.Progress.Advance();
        }
    }

    private sealed record Purchase(int Row, string Customer, DateOnly Date, int SameDay, int Cds, decimal Dollars);

    private static List<Purchase> Read(ImportSession session, string path, string file)
    {
        if (!File.Exists(path))
            throw new ImportFileException($"{file}: no such file ({path})");
        var purchases = new List<Purchase>();
        var sameDay = new Dictionary<(string, DateOnly), int>();
        var row = 0;
        foreach (var line in File.ReadLines(path))
        {
            row++;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0 || (row == 1 && fields[0] == "customer_id"))
                continue;
            // master: id date cds dollars; sample: id sample-id date cds dollars
            var (id, date, cds, dollars) = fields.Length switch
            {
                4 => (fields[0], fields[1], fields[2], fields[3]),
                5 => (fields[0], fields[2], fields[3], fields[4]),
                _ => throw new ImportFileException($"{file} row {row}: {fields.Length} columns; not a CDNOW file (4 columns in the master, 5 in the sample)"),
            };
            var cells = new CsvCells(session, file, row);
            var errors = session.ErrorCount;
            if (!id.All(char.IsAsciiDigit))
                cells.Error("customer_id", $"'{id}' is not a customer number");
            var day = cells.Date("date", date, ["yyyyMMdd"], "a date in the form 19970101");
            var count = cells.WholeNumber("number_of_cds", cds);
            var value = cells.Number("dollar_value", dollars, NumberStyles.AllowDecimalPoint, "an amount");
            if (session.ErrorCount > errors)
                continue;
            var n = sameDay[(id, day!.Value)] = sameDay.GetValueOrDefault((id, day.Value)) + 1;
            purchases.Add(new Purchase(row, id, day.Value, n, count!.Value, value!.Value));
        }
        if (purchases.Count == 0 && session.ErrorCount == 0)
            throw new ImportFileException($"{file}: no purchases found");
        return purchases;
    }
}
