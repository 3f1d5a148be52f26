using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Imports.OnlineRetail;

/// <summary>
/// Imports UCI "Online Retail" invoice lines: customers (keyed <c>retail-CustomerID</c>, country as region),
/// products (keyed by stock code), and one order per invoice, numbered by the invoice number. Cancellations
/// (invoices starting with C) become orders with negative quantities. Lines without a CustomerID belong to no
/// customer and are skipped, and counted. Amounts are in pounds sterling. An invoice's lines are scattered through the
/// file, so the file's lines are held while it is imported; customers, products and orders are written in batches.
/// </summary>
public sealed class OnlineRetailImporter
{
    private sealed record Line(int Row, string Invoice, string Code, string Description, decimal Quantity, DateTime At, decimal Price, string Customer, string? Country);

    public async Task ImportAsync(ImportSession session, string path, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        var lines = await ReadAsync(session, path, file);
        if (session.ErrorCount > 0)
            return;

        // A new customer comes in at the stage its purchases give it (invoices of zero or more, one a UTC day), so its orders move nothing.
        var purchaseDays = lines.GroupBy(l => l.Invoice).Where(i => i.Sum(l => l.Quantity * l.Price) >= 0)
            .GroupBy(i => i.First().Customer).ToDictionary(g => g.Key, g => g.Select(i => i.Min(l => l.At).Date).Distinct().Count());
        var firsts = lines.GroupBy(l => l.Customer).Select(g => g.First()).ToList();
        session.Progress.Start("customers", firsts.Count);
        var customers = new Dictionary<string, long>();
        foreach (var batch in firsts.Chunk(ImportSession.BatchSize))
        {
            var keys = batch.Select(l => $"retail-{l.Customer}").ToList();
            var stored = (await session.Db.Customers.AsNoTracking().Where(c => c.ExternalId != null && EF.Parameter(keys).Contains(c.ExternalId)).ToListAsync(ct))
                .ToDictionary(c => c.ExternalId!, CoreRecords.Customers.ToRecord);
            var saved = await session.UpsertManyAsync(CoreRecords.Customers, batch.Select((first, i) =>
            {
                var before = stored.GetValueOrDefault(keys[i]);
                var stage = purchaseDays.GetValueOrDefault(first.Customer) >= 2 ? LifecycleStage.Repeat : LifecycleStage.Customer;
                return new ImportRow<CustomerRecord>(before, new CustomerRecord(0, $"Customer {first.Customer}", CustomerKind.Person, null, null, null, null, "online-retail", first.Country, null,
                    before?.OwnerId, before?.TeamId, before?.Stage ?? stage, before?.Tags ?? [], before?.ConsentToContact ?? false, keys[i], default, default, 0), file, first.Row);
            }).ToList(), ct);
            foreach (var record in saved.OfType<CustomerRecord>())
                customers[record.ExternalId!] = record.Id;
            session.Progress.Advance(batch.Length);
        }

        var codes = lines.GroupBy(l => l.Code).Select(g => g.First()).ToList();
        session.Progress.Start("products", codes.Count);
        var products = new Dictionary<string, long>();
        foreach (var batch in codes.Chunk(ImportSession.BatchSize))
        {
            var wanted = batch.Select(l => l.Code).ToList();
            var stored = (await session.Db.Products.AsNoTracking().Where(p => EF.Parameter(wanted).Contains(p.Code)).ToListAsync(ct)).ToDictionary(p => p.Code, CoreRecords.Products.ToRecord);
            var saved = await session.UpsertManyAsync(CoreRecords.Products, batch.Select(line =>
            {
                var before = stored.GetValueOrDefault(line.Code);
                return new ImportRow<ProductRecord>(before, new ProductRecord(0, line.Code, line.Description.Length > 0 ? line.Description : line.Code, null, before?.Price, default, default, 0), file, line.Row);
            }).ToList(), ct);
            foreach (var record in saved.OfType<ProductRecord>())
                products[record.Code] = record.Id;
            session.Progress.Advance(batch.Length);
        }
        if (session.ErrorCount > 0)
            return;

        var invoices = lines.GroupBy(l => l.Invoice).ToList();
        session.Progress.Start("orders", invoices.Count);
        foreach (var batch in invoices.Chunk(ImportSession.BatchSize))
        {
            var numbers = batch.Select(i => i.Key).ToList();
            var stored = (await session.Db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => EF.Parameter(numbers).Contains(o.Number)).ToListAsync(ct))
                .ToDictionary(o => o.Number, CoreRecords.Orders.ToRecord);
            await session.UpsertManyAsync(CoreRecords.Orders, batch.Select(invoice =>
            {
                // The file is a random sample: an invoice's lines are scattered, and a few disagree on the date; take the earliest.
                var head = invoice.OrderBy(l => l.At).ThenBy(l => l.Row).First();
                var orderLines = invoice.OrderBy(l => l.Row).Select(l => new OrderLineRecord(products[l.Code], l.Description, l.Quantity, l.Price)).ToList();
                return new ImportRow<OrderRecord>(stored.GetValueOrDefault(invoice.Key),
                    new OrderRecord(0, invoice.Key, customers[$"retail-{head.Customer}"], head.At, 0, "GBP", orderLines, default, default, 0), file, head.Row);
            }).ToList(), ct);
            if (session.ErrorCount > 0)
                return;
            session.Progress.Advance(batch.Length);
        }
    }

    private static async Task<List<Line>> ReadAsync(ImportSession session, string path, string file)
    {
        var lines = new List<Line>();
        using var csv = CsvFiles.Open(path, "InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country");
        while (await csv.ReadAsync())
        {
            var row = csv.Parser.Row;
            var cells = new CsvCells(session, file, row);
            // Quantity, price and date are required: an empty one is '' and does not parse.
            string Required(string column) => CsvFiles.Text(csv, column) ?? "";
            var customer = CsvFiles.Text(csv, "CustomerID");
            if (customer is null)
            {
                session.Skip();
                continue;
            }
            var invoice = CsvFiles.Text(csv, "InvoiceNo");
            var code = CsvFiles.Text(csv, "StockCode");
            var errors = session.ErrorCount;
            if (invoice is null)
                cells.Error("InvoiceNo", "is empty");
            if (code is null)
                cells.Error("StockCode", "is empty");
            var quantity = cells.Number("Quantity", Required("Quantity"), NumberStyles.AllowLeadingSign, "a whole number");
            var price = cells.Number("UnitPrice", Required("UnitPrice"), NumberStyles.AllowDecimalPoint, "an amount of zero or more");
            var at = cells.UtcTime("InvoiceDate", Required("InvoiceDate"), "yyyy-MM-dd HH:mm", "a time in the form 2011-10-30 16:17");
            if (invoice is not null && invoice.StartsWith('C') != quantity < 0)
                cells.Error("Quantity", invoice.StartsWith('C') ? "a cancellation's quantity must be negative" : "only a cancellation (invoice starting with C) has a negative quantity");
            if (session.ErrorCount > errors)
                continue;
            var customerId = customer.EndsWith(".0", StringComparison.Ordinal) ? customer[..^2] : customer;
            lines.Add(new Line(row, invoice!, code!, CsvFiles.Text(csv, "Description") ?? "", quantity!.Value, at!.Value, price!.Value, customerId, CsvFiles.Text(csv, "Country")));
        }
        return lines;
    }
}
