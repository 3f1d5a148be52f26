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
/// The file is streamed twice: once to check every cell and learn what each customer's purchases make it, once to write
/// it in batches of <see cref="ImportSession.BatchSize"/> purchases. What it holds is a few numbers per customer, never the rows.
/// </summary>
public sealed class CdnowImporter
{
    private sealed record Purchase(int Row, string Customer, DateOnly Date, int Cds, decimal Dollars);

    // What the import knows of one customer: where it first appears, whether it bought on two days or more (its stage), its
    // id once written, and the day and count of its latest purchases (to number same-day purchases).
    private sealed class Buyer(int firstRow)
    {
        public int FirstRow { get; } = firstRow;
        public DateOnly? FirstDay { get; set; }
        public bool Repeat { get; set; }
        public DateOnly Latest { get; set; }
        public int SameDay { get; set; }
        public long Id { get; set; }
    }

    public async Task ImportAsync(ImportSession session, string path, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new ImportFileException($"{file}: no such file ({path})");
        var buyers = new Dictionary<string, Buyer>(StringComparer.Ordinal);
        var (purchases, inOrder) = Learn(session, path, file, buyers);
        if (session.ErrorCount > 0)
            return;
        if (purchases == 0)
            throw new ImportFileException($"{file}: no purchases found");

        // Each customer's purchases by date (as both CDNOW files are): a purchase's number needs only its customer's latest
        // day. In any other order, every (customer, day) is counted.
        var counted = inOrder ? null : new Dictionary<(string, DateOnly), int>();
        session.Progress.Start("purchases", purchases);
        foreach (var batch in Read(session, path, file).Chunk(ImportSession.BatchSize))
        {
            if (!await CustomersAsync(session, batch, buyers, file, ct))
                return;
            var numbered = batch.Select(p => (Purchase: p, Number: $"CDNOW-{p.Customer}-{p.Date:yyyyMMdd}-{SameDay(buyers[p.Customer], p, counted)}")).ToList();
            var numbers = numbered.Select(n => n.Number).ToList();
            var stored = (await session.Db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => EF.Parameter(numbers).Contains(o.Number)).ToListAsync(ct))
                .ToDictionary(o => o.Number, CoreRecords.Orders.ToRecord);
            await session.UpsertManyAsync(CoreRecords.Orders, numbered.Select(n => new ImportRow<OrderRecord>(stored.GetValueOrDefault(n.Number), new OrderRecord(0, n.Number,
                buyers[n.Purchase.Customer].Id, n.Purchase.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), n.Purchase.Dollars, "USD",
                [new OrderLineRecord(null, n.Purchase.Cds == 1 ? "1 CD" : $"{n.Purchase.Cds} CDs", 1, n.Purchase.Dollars)], default, default, 0), file, n.Purchase.Row)).ToList(), ct);
            if (session.ErrorCount > 0)
                return;
            session.Progress.Advance(batch.Length);
        }
    }

    // The first pass: every cell checked, and each customer's purchase days (a new customer comes in at the stage its
    // purchases give it, so its orders move nothing: Records/Lifecycle).
    private static (int Purchases, bool InOrder) Learn(ImportSession session, string path, string file, Dictionary<string, Buyer> buyers)
    {
        var (purchases, inOrder) = (0, true);
        foreach (var purchase in Read(session, path, file))
        {
            purchases++;
            if (!buyers.TryGetValue(purchase.Customer, out var buyer))
                buyers[purchase.Customer] = buyer = new Buyer(purchase.Row);
            inOrder &= purchase.Date >= buyer.Latest;
            buyer.Latest = purchase.Date > buyer.Latest ? purchase.Date : buyer.Latest;
            if (purchase.Dollars < 0)
                continue;
            buyer.FirstDay ??= purchase.Date;
            buyer.Repeat |= purchase.Date != buyer.FirstDay;
        }
        foreach (var buyer in buyers.Values)
            buyer.Latest = default;
        return (purchases, inOrder);
    }

    private static int SameDay(Buyer buyer, Purchase purchase, Dictionary<(string, DateOnly), int>? counted)
    {
        if (counted is not null)
            return counted[(purchase.Customer, purchase.Date)] = counted.GetValueOrDefault((purchase.Customer, purchase.Date)) + 1;
        buyer.SameDay = purchase.Date == buyer.Latest ? buyer.SameDay + 1 : 1;
        buyer.Latest = purchase.Date;
        return buyer.SameDay;
    }

    // The customers that first appear in this batch, created or found unchanged; false when one is refused.
    private static async Task<bool> CustomersAsync(ImportSession session, Purchase[] batch, Dictionary<string, Buyer> buyers, string file, CancellationToken ct)
    {
        var fresh = batch.Select(p => p.Customer).Distinct().Where(id => buyers[id].Id == 0).ToList();
        if (fresh.Count == 0)
            return true;
        var keys = fresh.Select(id => $"cdnow-{id}").ToList();
        var stored = (await session.Db.Customers.AsNoTracking().Where(c => c.ExternalId != null && EF.Parameter(keys).Contains(c.ExternalId)).ToListAsync(ct))
            .ToDictionary(c => c.ExternalId!, CoreRecords.Customers.ToRecord);
        var rows = fresh.Select((id, i) =>
        {
            var stage = buyers[id].Repeat ? LifecycleStage.Repeat : LifecycleStage.Customer;
            var wanted = new CustomerRecord(0, $"CDNOW customer {id}", CustomerKind.Person, null, null, null, null, "cdnow", null, null,
                null, null, stage, [], false, keys[i], default, default, 0);
            var before = stored.GetValueOrDefault(keys[i]);
            if (before is not null)
                wanted = wanted with { Stage = before.Stage, Tags = before.Tags, ConsentToContact = before.ConsentToContact, OwnerId = before.OwnerId, TeamId = before.TeamId };
            return new ImportRow<CustomerRecord>(before, wanted, file, buyers[id].FirstRow);
        }).ToList();
        var saved = await session.UpsertManyAsync(CoreRecords.Customers, rows, ct);
        for (var i = 0; i < fresh.Count; i++)
            buyers[fresh[i]].Id = saved[i]?.Id ?? 0;
        return session.ErrorCount == 0;
    }

    private static IEnumerable<Purchase> Read(ImportSession session, string path, string file)
    {
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
            yield return new Purchase(row, id, day!.Value, count!.Value, value!.Value);
        }
    }
}
