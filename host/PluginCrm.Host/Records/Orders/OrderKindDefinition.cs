using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Orders;

/// <summary>Orders with their lines; a caller sees the orders of the customers it sees. The total is the sum of the lines.</summary>
public sealed class OrderKindDefinition : RecordKind<Order, OrderRecord>
{
    public override string Name => "order";
    public override string Route => "orders";
    public override long IdOf(OrderRecord record) => record.Id;
    public override long VersionOf(OrderRecord record) => record.Version;

    public override OrderRecord ToRecord(Order o) => new(
        o.Id, o.Number, o.CustomerId, o.OrderedUtc, o.Total, o.Currency,
        o.Lines.OrderBy(l => l.LineNumber).Select(l => new OrderLineRecord(l.ProductId, l.Description, l.Quantity, l.UnitPrice)).ToList(),
        o.CreatedUtc, o.UpdatedUtc, o.Version);

    public override void Apply(OrderRecord r, Order o)
    {
        (o.Number, o.CustomerId, o.OrderedUtc, o.Total, o.Currency) = (r.Number, r.CustomerId, r.OrderedUtc, r.Total, r.Currency);
        o.Lines.Clear();
        o.Lines.AddRange(r.Lines.Select((l, i) => new OrderLine { LineNumber = i + 1, ProductId = l.ProductId, Description = l.Description, Quantity = l.Quantity, UnitPrice = l.UnitPrice }));
    }

    public override OrderRecord Normalize(OrderRecord input, OrderRecord? existing, ActingUser user, FieldErrors errors)
    {
        var lines = input.Lines ?? [];
        if (lines.Count == 0)
            errors.Add("lines", "an order has at least one line");
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i].Description))
                errors.Add($"lines[{i}].description", "is required");
            if (lines[i].UnitPrice < 0)
                errors.Add($"lines[{i}].unitPrice", "must be zero or more (a cancellation has a negative quantity)");
        }
        if (input.OrderedUtc == default)
            errors.Add("orderedUtc", "is required");
        var currency = (input.Currency ?? "").Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            errors.Add("currency", "must be an ISO 4217 code such as USD or CNY");
        var clean = lines.Select(l => l with { Description = l.Description?.Trim() ?? "" }).ToList();
        return input with
        {
            Number = FieldRules.Text(input.Number, "number", 64, errors, required: true)!,
            OrderedUtc = DateTime.SpecifyKind(input.OrderedUtc, DateTimeKind.Utc),
            Currency = currency,
            Lines = clean,
            Total = clean.Sum(l => decimal.Round(l.Amount, 4)),
        };
    }

    public override async Task<OrderRecord> CheckAsync(OrderRecord record, OrderRecord? existing, ActingUser user, RecordContext context, FieldErrors errors, CancellationToken ct) =>
        (await CheckManyAsync([(record, existing)], user, context, [errors], ct))[0];

    // Customers, products and numbers are looked up once for the batch.
    public override async Task<IReadOnlyList<OrderRecord>> CheckManyAsync(IReadOnlyList<(OrderRecord Record, OrderRecord? Existing)> items, ActingUser user, RecordContext context,
        IReadOnlyList<FieldErrors> errors, CancellationToken ct)
    {
        var db = context.Db;
        await RecordRules.AttachableManyAsync(CoreRecords.Customers, items.Select(i => ((long?)i.Record.CustomerId, i.Existing?.CustomerId)).ToList(), "customerId", db, user, errors, ct);
        var products = await FieldRules.ExistingAsync(db.Products, items.SelectMany(i => i.Record.Lines.Select(l => l.ProductId)), ct);
        var holders = await FieldRules.HoldersAsync(db.Orders.IgnoreQueryFilters(), o => o.Number, items.Select(i => i.Record.Number), ct);
        for (var i = 0; i < items.Count; i++)
        {
            var (record, existing) = items[i];
            foreach (var (line, n) in record.Lines.Select((l, n) => (l, n)))
                FieldRules.Exists(products, line.ProductId, $"lines[{n}].productId", errors[i]);
            FieldRules.NotInFuture(record.OrderedUtc, existing?.OrderedUtc, context.NowUtc, "orderedUtc", errors[i]);
            if (!FieldRules.Claim(holders, record.Number, existing?.Id, i))
                errors[i].Add("number", $"an order numbered '{record.Number}' already exists");
        }
        return items.Select(i => i.Record).ToList();
    }

    // An order can make its customer a customer, a repeat customer, or bring it back (Lifecycle/LifecycleRules).
    // A cancellation (a negative total) is no purchase: it moves no stage, and does not bring a churned customer back.
    public override Task AfterWriteAsync(OrderRecord written, IServiceProvider services, CancellationToken ct) => AfterWriteManyAsync([written], services, ct);

    public override Task AfterWriteManyAsync(IReadOnlyList<OrderRecord> written, IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<Lifecycle.CustomerLifecycle>().AfterPurchasesAsync(written.Where(o => o.Total >= 0).Select(o => o.CustomerId).Distinct().ToList(), ct);

    public override bool ReadsAll(ActingUser user) => user.Role == CrmRole.Admin;

    public override IQueryable<Order> Visible(IQueryable<Order> rows, CrmDbContext db, ActingUser user)
    {
        var customers = RecordRules.VisibleTo(db.Customers.IgnoreQueryFilters(), db, "customer", user).Select(c => c.Id);
        return rows.Include(o => o.Lines).Where(o => user.Role == CrmRole.Admin || customers.Contains(o.CustomerId));
    }

    public override IQueryable<Order> Changeable(IQueryable<Order> rows, CrmDbContext db, ActingUser user)
    {
        var customers = RecordRules.VisibleByOwner(db.Customers.IgnoreQueryFilters(), user).Select(c => c.Id);
        return rows.Include(o => o.Lines).Where(o => user.Role == CrmRole.Admin || customers.Contains(o.CustomerId));
    }

    public override IReadOnlyDictionary<string, Func<IQueryable<Order>, CrmDbContext, string, IQueryable<Order>>> Filters { get; } =
        new Dictionary<string, Func<IQueryable<Order>, CrmDbContext, string, IQueryable<Order>>>
        {
            ["customerId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(o => o.CustomerId == id); },
            ["from"] = (rows, _, v) => { var from = Api.Filters.Date(v); return rows.Where(o => o.OrderedUtc >= from); },
            ["to"] = (rows, _, v) => { var to = Api.Filters.Date(v); return rows.Where(o => o.OrderedUtc < to); },
            ["number"] = (rows, _, v) => rows.Where(o => o.Number == v),
        };

    public override IReadOnlyDictionary<string, Expression<Func<Order, object?>>> Sorts { get; } =
        new Dictionary<string, Expression<Func<Order, object?>>> { ["orderedUtc"] = o => o.OrderedUtc, ["total"] = o => o.Total, ["number"] = o => o.Number };
}
