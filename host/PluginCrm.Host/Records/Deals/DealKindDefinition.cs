using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Deals;

/// <summary>Deals moving through the funnel; seen by owner, team manager and admins.</summary>
public sealed class DealKindDefinition : RecordKind<Deal, DealRecord>
{
    public override string Name => "deal";
    public override string Route => "deals";
    public override long IdOf(DealRecord record) => record.Id;
    public override long VersionOf(DealRecord record) => record.Version;

    public override DealRecord ToRecord(Deal d) => new(
        d.Id, d.Title, d.CompanyId, d.CustomerId, d.ProductId, d.OwnerId, d.TeamId, d.Stage, d.Value, d.EngagedOn, d.ClosedOn,
        d.ExternalId, d.CreatedUtc, d.UpdatedUtc, d.Version);

    public override void Apply(DealRecord r, Deal d)
    {
        (d.Title, d.CompanyId, d.CustomerId, d.ProductId, d.OwnerId, d.TeamId) = (r.Title, r.CompanyId, r.CustomerId, r.ProductId, r.OwnerId, r.TeamId);
        (d.Stage, d.Value, d.EngagedOn, d.ClosedOn, d.ExternalId) = (r.Stage, r.Value, r.EngagedOn, r.ClosedOn, r.ExternalId);
    }

    public override DealRecord Normalize(DealRecord input, DealRecord? existing, ActingUser user, FieldErrors errors)
    {
        if (!Enum.IsDefined(input.Stage))
            errors.Add("stage", "is not a funnel stage");
        // Reopened (won or lost back to an open stage) with the close date it had: that date went with the old outcome.
        if (input.Stage is not (DealStage.Won or DealStage.Lost) && existing is { Stage: DealStage.Won or DealStage.Lost } && input.ClosedOn == existing.ClosedOn)
            input = input with { ClosedOn = null };
        if (input.ClosedOn is not null && input.Stage is not (DealStage.Won or DealStage.Lost))
            errors.Add("closedOn", "only a won or lost deal has a close date");
        if (input.ClosedOn < input.EngagedOn)
            errors.Add("closedOn", "is before the engage date");
        return input with
        {
            Title = FieldRules.Text(input.Title, "title", 300, errors, required: true)!,
            Value = FieldRules.Money(input.Value, "value", errors),
            ExternalId = FieldRules.Text(input.ExternalId, "externalId", 64, errors),
        };
    }

    public override async Task<DealRecord> CheckAsync(DealRecord record, DealRecord? existing, ActingUser user, RecordContext context, FieldErrors errors, CancellationToken ct) =>
        (await CheckManyAsync([(record, existing)], user, context, [errors], ct))[0];

    // A deal won or lost without a close date closes today, as a lead's conversion does: the sales KPIs count a deal by its
    // close date, and one won on the deals board or by a PATCH of its stage was never counted. An import's batch of deals
    // asks the database a query per check, not per deal.
    public override async Task<IReadOnlyList<DealRecord>> CheckManyAsync(IReadOnlyList<(DealRecord Record, DealRecord? Existing)> items, ActingUser user, RecordContext context,
        IReadOnlyList<FieldErrors> errors, CancellationToken ct)
    {
        var db = context.Db;
        var companies = await FieldRules.ExistingAsync(db.Companies, items.Select(i => i.Record.CompanyId), ct);
        await RecordRules.AttachableManyAsync(CoreRecords.Customers, items.Select(i => (i.Record.CustomerId, i.Existing?.CustomerId)).ToList(), "customerId", db, user, errors, ct);
        var products = await FieldRules.ExistingAsync(db.Products, items.Select(i => i.Record.ProductId), ct);
        var owners = await RecordRules.OwnershipManyAsync(items, d => (d.OwnerId, d.TeamId), user, db, errors, "ownerId", ct);
        var holders = await FieldRules.HoldersAsync(db.Deals.IgnoreQueryFilters(), d => d.ExternalId, items.Select(i => i.Record.ExternalId), ct);
        var checkedItems = new List<DealRecord>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (record, existing) = items[i];
            FieldRules.NotInFuture(record.ClosedOn, existing?.ClosedOn, context.NowUtc, "closedOn", errors[i]);
            if (record.Stage is DealStage.Won or DealStage.Lost && record.ClosedOn is null)
            {
                record = record with { ClosedOn = DateOnly.FromDateTime(context.NowUtc) };
                if (record.ClosedOn < record.EngagedOn) // Normalize checked a close date given; this one is today's
                    errors[i].Add("closedOn", $"would be today, {record.ClosedOn:yyyy-MM-dd}, before the engage date {record.EngagedOn:yyyy-MM-dd}: give the close date or correct the engage date");
            }
            FieldRules.Exists(companies, record.CompanyId, "companyId", errors[i]);
            FieldRules.Exists(products, record.ProductId, "productId", errors[i]);
            if (record.ExternalId is { } external && !FieldRules.Claim(holders, external, existing?.Id, i))
                errors[i].Add("externalId", $"another deal already has external id '{external}'");
            checkedItems.Add(record with { OwnerId = owners[i].Owner, TeamId = owners[i].Team });
        }
        return checkedItems;
    }

    public override bool ReadsAll(ActingUser user) => user.Role == CrmRole.Admin;

    public override IQueryable<Deal> Visible(IQueryable<Deal> rows, CrmDbContext db, ActingUser user) => RecordRules.VisibleTo(rows, db, "deal", user);

    public override IQueryable<Deal> Changeable(IQueryable<Deal> rows, CrmDbContext db, ActingUser user) => RecordRules.VisibleByOwner(rows, user);

    public override IReadOnlyDictionary<string, Func<IQueryable<Deal>, CrmDbContext, string, IQueryable<Deal>>> Filters { get; } =
        new Dictionary<string, Func<IQueryable<Deal>, CrmDbContext, string, IQueryable<Deal>>>
        {
            ["q"] = (rows, _, v) => rows.Where(d => d.Title.Contains(v)),
            ["stage"] = (rows, _, v) => { var stage = Api.Filters.Enum<DealStage>(v); return rows.Where(d => d.Stage == stage); },
            ["ownerId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(d => d.OwnerId == id); },
            ["teamId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(d => d.TeamId == id); },
            ["companyId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(d => d.CompanyId == id); },
            ["customerId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(d => d.CustomerId == id); },
            ["productId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(d => d.ProductId == id); },
        };

    public override IReadOnlyDictionary<string, Expression<Func<Deal, object?>>> Sorts { get; } =
        new Dictionary<string, Expression<Func<Deal, object?>>>
        {
            ["title"] = d => d.Title,
            ["value"] = d => d.Value,
            ["closedOn"] = d => d.ClosedOn,
            ["createdUtc"] = d => d.CreatedUtc,
        };
}
