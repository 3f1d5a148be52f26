using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Providers;
using PluginCrm.Host.Records.Search;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Customers;

/// <summary>Customers (客户档案): visible to their owner, their team's manager and admins.</summary>
public sealed class CustomerKindDefinition : RecordKind<Customer, CustomerRecord>
{
    public override string Name => "customer";
    public override string Route => "customers";
    public override long IdOf(CustomerRecord record) => record.Id;
    public override long VersionOf(CustomerRecord record) => record.Version;

    public override CustomerRecord ToRecord(Customer c) => new(
        c.Id, c.Name, c.Kind, c.CompanyId, c.Email, c.Phone, c.Birthday, c.Source, c.Region, c.Language, c.OwnerId, c.TeamId,
        c.Stage, TagText.Split(c.Tags), c.ConsentToContact, c.ExternalId, c.CreatedUtc, c.UpdatedUtc, c.Version);

    public override void Apply(CustomerRecord r, Customer c)
    {
        (c.Name, c.Kind, c.CompanyId, c.Email, c.Phone, c.Birthday, c.Source) = (r.Name, r.Kind, r.CompanyId, r.Email, r.Phone, r.Birthday, r.Source);
        (c.Region, c.Language, c.OwnerId, c.TeamId, c.Stage) = (r.Region, r.Language, r.OwnerId, r.TeamId, r.Stage);
        (c.Tags, c.ConsentToContact, c.ExternalId) = (TagText.Join(r.Tags), r.ConsentToContact, r.ExternalId);
        (c.PhoneKey, c.NameKey) = (ContactKeys.Phone(r.Phone), ContactKeys.Name(r.Name));
    }

    public override CustomerRecord Normalize(CustomerRecord input, CustomerRecord? existing, ActingUser user, FieldErrors errors)
    {
        if (input.Birthday is { Year: < 1900 or > 2100 })
            errors.Add("birthday", "must be a date between 1900 and 2100");
        if (!Enum.IsDefined(input.Kind))
            errors.Add("kind", "is not a customer kind");
        if (!Enum.IsDefined(input.Stage))
            errors.Add("stage", "is not a lifecycle stage");
        return input with
        {
            Name = FieldRules.Text(input.Name, "name", 200, errors, required: true)!,
            Email = FieldRules.Email(input.Email, "email", errors),
            Phone = FieldRules.Text(input.Phone, "phone", 40, errors),
            Source = FieldRules.Text(input.Source, "source", 100, errors),
            Region = FieldRules.Text(input.Region, "region", 100, errors),
            Language = FieldRules.Text(input.Language, "language", 20, errors)?.ToLowerInvariant(),
            ExternalId = FieldRules.Text(input.ExternalId, "externalId", 64, errors),
            Tags = TagText.Normalize(input.Tags, errors),
        };
    }

    public override async Task<CustomerRecord> CheckAsync(CustomerRecord record, CustomerRecord? existing, ActingUser user, RecordContext context, FieldErrors errors, CancellationToken ct) =>
        (await CheckManyAsync([(record, existing)], user, context, [errors], ct))[0];

    // Companies and external ids are looked up once for the batch; an owner or team, when one is named, per record.
    public override async Task<IReadOnlyList<CustomerRecord>> CheckManyAsync(IReadOnlyList<(CustomerRecord Record, CustomerRecord? Existing)> items, ActingUser user, RecordContext context,
        IReadOnlyList<FieldErrors> errors, CancellationToken ct)
    {
        var db = context.Db;
        var companies = await FieldRules.ExistingAsync(db.Companies, items.Select(i => i.Record.CompanyId), ct);
        var holders = await FieldRules.HoldersAsync(db.Customers.IgnoreQueryFilters(), c => c.ExternalId, items.Select(i => i.Record.ExternalId), ct);
        var owners = await RecordRules.OwnershipManyAsync(items, c => (c.OwnerId, c.TeamId), user, db, errors, "ownerId", ct);
        var checkedItems = new List<CustomerRecord>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (record, existing) = items[i];
            FieldRules.Exists(companies, record.CompanyId, "companyId", errors[i]);
            FieldRules.NotInFuture(record.Birthday, existing?.Birthday, context.NowUtc, "birthday", errors[i]);
            var (owner, team) = owners[i];
            if (record.ExternalId is { } external && !FieldRules.Claim(holders, external, existing?.Id, i))
                errors[i].Add("externalId", $"another customer already has external id '{external}'");
            checkedItems.Add(record with { OwnerId = owner, TeamId = team });
        }
        return checkedItems;
    }

    public override bool ReadsAll(ActingUser user) => user.Role == CrmRole.Admin;

    public override IQueryable<Customer> Visible(IQueryable<Customer> rows, CrmDbContext db, ActingUser user) => RecordRules.VisibleTo(rows, db, "customer", user);

    public override IQueryable<Customer> Changeable(IQueryable<Customer> rows, CrmDbContext db, ActingUser user) => RecordRules.VisibleByOwner(rows, user);

    public override IReadOnlyDictionary<string, Func<IQueryable<Customer>, CrmDbContext, string, IQueryable<Customer>>> Filters { get; } =
        new Dictionary<string, Func<IQueryable<Customer>, CrmDbContext, string, IQueryable<Customer>>>
        {
            ["q"] = Search,
            ["stage"] = (rows, _, v) => { var stage = Api.Filters.Enum<LifecycleStage>(v); return rows.Where(c => c.Stage == stage); },
            ["ownerId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(c => c.OwnerId == id); },
            ["teamId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(c => c.TeamId == id); },
            ["companyId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(c => c.CompanyId == id); },
            ["tag"] = (rows, _, v) => { var tag = $"|{v.Trim().ToLowerInvariant()}|"; return rows.Where(c => c.Tags.Contains(tag)); },
            ["source"] = (rows, _, v) => rows.Where(c => c.Source == v),
            ["region"] = (rows, _, v) => rows.Where(c => c.Region == v),
            ["email"] = (rows, _, v) => { var email = v.Trim().ToLowerInvariant(); return rows.Where(c => c.Email == email); },
            ["externalId"] = (rows, _, v) => rows.Where(c => c.ExternalId == v),
        };

    // By name, e-mail, phone (see SearchTerms) or the name of the customer's company: from the text index where the
    // database has one for these terms (TextIndex), else by testing each row.
    private static IQueryable<Customer> Search(IQueryable<Customer> rows, CrmDbContext db, string q)
    {
        var terms = SearchTerms.Of(q);
        var (name, email, phone, digits) = terms.Patterns;
        var companies = db.Companies.Where(co => co.NameKey != null && EF.Functions.Like(co.NameKey, name, SearchTerms.Escape)).Select(co => (long?)co.Id);
        if (db.Provider.RowsContaining(db, TextIndex.Customers, terms.In(["NameKey"], "Email", "PhoneKey")) is { } found)
            return rows.Where(c => found.Contains(c.Id) || companies.Contains(c.CompanyId));
        var byPhone = terms.Phone is not null;
        return rows.Where(c => (c.NameKey != null && EF.Functions.Like(c.NameKey, name, SearchTerms.Escape))
            || (c.Email != null && EF.Functions.Like(c.Email, email, SearchTerms.Escape)) || companies.Contains(c.CompanyId)
            || (byPhone && c.PhoneKey != null && (EF.Functions.Like(c.PhoneKey, phone, SearchTerms.Escape) || EF.Functions.Like(c.PhoneKey, digits, SearchTerms.Escape))));
    }

    public override IReadOnlyDictionary<string, Expression<Func<Customer, object?>>> Sorts { get; } =
        new Dictionary<string, Expression<Func<Customer, object?>>>
        {
            ["name"] = c => c.Name,
            ["createdUtc"] = c => c.CreatedUtc,
            ["updatedUtc"] = c => c.UpdatedUtc,
            ["stage"] = c => c.Stage,
        };
}
