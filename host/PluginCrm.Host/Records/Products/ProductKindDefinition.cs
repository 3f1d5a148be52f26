using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Products;

/// <summary>The catalogue: everyone reads it, managers and admins change it.</summary>
public sealed class ProductKindDefinition : RecordKind<Product, ProductRecord>
{
    public override string Name => "product";
    public override string Route => "products";
    public override long IdOf(ProductRecord record) => record.Id;
    public override long VersionOf(ProductRecord record) => record.Version;
    public override bool MayWrite(ActingUser user) => user.Role != CrmRole.Rep;

    public override ProductRecord ToRecord(Product p) => new(p.Id, p.Code, p.Name, p.Series, p.Price, p.CreatedUtc, p.UpdatedUtc, p.Version);

    public override void Apply(ProductRecord r, Product p) => (p.Code, p.Name, p.Series, p.Price) = (r.Code, r.Name, r.Series, r.Price);

    public override ProductRecord Normalize(ProductRecord input, ProductRecord? existing, ActingUser user, FieldErrors errors) => input with
    {
        Code = FieldRules.Text(input.Code, "code", 64, errors, required: true)!,
        Name = FieldRules.Text(input.Name, "name", 200, errors, required: true)!,
        Series = FieldRules.Text(input.Series, "series", 100, errors),
        Price = FieldRules.Money(input.Price, "price", errors),
    };

    public override async Task<ProductRecord> CheckAsync(ProductRecord record, ProductRecord? existing, ActingUser user, RecordContext context, FieldErrors errors, CancellationToken ct) =>
        (await CheckManyAsync([(record, existing)], user, context, [errors], ct))[0];

    // Codes are looked up once for the batch.
    public override async Task<IReadOnlyList<ProductRecord>> CheckManyAsync(IReadOnlyList<(ProductRecord Record, ProductRecord? Existing)> items, ActingUser user, RecordContext context,
        IReadOnlyList<FieldErrors> errors, CancellationToken ct)
    {
        var holders = await FieldRules.HoldersAsync(context.Db.Products.IgnoreQueryFilters(), p => p.Code, items.Select(i => i.Record.Code), ct);
        for (var i = 0; i < items.Count; i++)
        {
            if (!FieldRules.Claim(holders, items[i].Record.Code, items[i].Existing?.Id, i))
                errors[i].Add("code", $"a product with code '{items[i].Record.Code}' already exists");
        }
        return items.Select(i => i.Record).ToList();
    }

    public override IReadOnlyDictionary<string, Func<IQueryable<Product>, CrmDbContext, string, IQueryable<Product>>> Filters { get; } =
        new Dictionary<string, Func<IQueryable<Product>, CrmDbContext, string, IQueryable<Product>>>
        {
            ["q"] = (rows, _, v) => rows.Where(p => p.Name.Contains(v) || p.Code.Contains(v)),
            ["series"] = (rows, _, v) => rows.Where(p => p.Series == v),
            ["code"] = (rows, _, v) => rows.Where(p => p.Code == v),
        };

    public override IReadOnlyDictionary<string, Expression<Func<Product, object?>>> Sorts { get; } =
        new Dictionary<string, Expression<Func<Product, object?>>> { ["name"] = p => p.Name, ["code"] = p => p.Code, ["price"] = p => p.Price };
}
