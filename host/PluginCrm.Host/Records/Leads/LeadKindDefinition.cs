using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Providers;
using PluginCrm.Host.Records.Search;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Leads;

/// <summary>Leads: like customers, seen by owner, team manager and admins; unassigned leads by managers and admins.</summary>
public sealed class LeadKindDefinition : RecordKind<Lead, LeadRecord>
{
    public override string Name => "lead";
    public override string Route => "leads";
    public override long IdOf(LeadRecord record) => record.Id;
    public override long VersionOf(LeadRecord record) => record.Version;

    public override LeadRecord ToRecord(Lead l) => new(
        l.Id, l.Name, l.CompanyName, l.Email, l.Phone, l.Source, l.Region, l.Industry, l.Language, l.Product, l.EstimatedValue,
        l.OwnerId, l.TeamId, l.Status, l.CustomerId, l.CreatedUtc, l.UpdatedUtc, l.Version) { ConvertedDealId = l.ConvertedDealId };

    public override void Apply(LeadRecord r, Lead l)
    {
        (l.Name, l.CompanyName, l.Email, l.Phone, l.Source, l.Region, l.Industry) = (r.Name, r.CompanyName, r.Email, r.Phone, r.Source, r.Region, r.Industry);
        (l.Language, l.Product, l.EstimatedValue, l.OwnerId, l.TeamId, l.Status, l.CustomerId) = (r.Language, r.Product, r.EstimatedValue, r.OwnerId, r.TeamId, r.Status, r.CustomerId);
        l.ConvertedDealId = r.ConvertedDealId;
        (l.PhoneKey, l.NameKey, l.CompanyKey) = (ContactKeys.Phone(r.Phone), ContactKeys.Name(r.Name), ContactKeys.Company(r.CompanyName));
    }

    // A converted lead is history: what it became is in its customer and deal, and nothing changes it again. Only the
    // conversion (lead.convert) makes a lead converted, so a lead never reads converted without its customer.
    public override LeadRecord Normalize(LeadRecord input, LeadRecord? existing, ActingUser user, FieldErrors errors)
    {
        if (existing?.Status == LeadStatus.Converted)
            throw new ConflictException($"lead {existing.Id} was converted into customer {existing.CustomerId} and is kept as it was then; change the customer instead");
        if (!Enum.IsDefined(input.Status))
            errors.Add("status", "is not a lead status");
        else if (input.Status == LeadStatus.Converted && !user.IsSystem)
            errors.Add("status", "a lead becomes converted only by converting it: POST /api/leads/{id}/convert");
        return input with
        {
            ConvertedDealId = existing?.ConvertedDealId,
            Name = FieldRules.Text(input.Name, "name", 200, errors, required: true)!,
            CompanyName = FieldRules.Text(input.CompanyName, "companyName", 200, errors),
            Email = FieldRules.Email(input.Email, "email", errors),
            Phone = FieldRules.Text(input.Phone, "phone", 40, errors),
            Source = FieldRules.Text(input.Source, "source", 100, errors),
            Region = FieldRules.Text(input.Region, "region", 100, errors),
            Industry = FieldRules.Text(input.Industry, "industry", 100, errors),
            Language = FieldRules.Text(input.Language, "language", 20, errors)?.ToLowerInvariant(),
            Product = FieldRules.Text(input.Product, "product", 100, errors),
            EstimatedValue = FieldRules.Money(input.EstimatedValue, "estimatedValue", errors),
        };
    }

    // A rep capturing a lead owns it unless assignment rules decide otherwise; a manager may leave it unassigned in its team.
    public override async Task<LeadRecord> CheckAsync(LeadRecord record, LeadRecord? existing, ActingUser user, CrmDbContext db, FieldErrors errors, CancellationToken ct)
    {
        var (owner, team) = await RecordRules.OwnershipAsync(record.OwnerId, record.TeamId, existing is null ? null : (existing.OwnerId, existing.TeamId), user, db, errors, ct);
        await RecordRules.AttachableAsync(CoreRecords.Customers, record.CustomerId, existing?.CustomerId, "customerId", db, user, errors, ct);
        return record with { OwnerId = owner, TeamId = team };
    }

    public override bool ReadsAll(ActingUser user) => user.Role == CrmRole.Admin;

    public override IQueryable<Lead> Visible(IQueryable<Lead> rows, CrmDbContext db, ActingUser user) => RecordRules.VisibleTo(rows, db, "lead", user);

    public override IQueryable<Lead> Changeable(IQueryable<Lead> rows, CrmDbContext db, ActingUser user) => RecordRules.VisibleByOwner(rows, user);

    public override IReadOnlyDictionary<string, Func<IQueryable<Lead>, CrmDbContext, string, IQueryable<Lead>>> Filters { get; } =
        new Dictionary<string, Func<IQueryable<Lead>, CrmDbContext, string, IQueryable<Lead>>>
        {
            ["q"] = Search,
            ["status"] = (rows, _, v) => { var status = Api.Filters.Enum<LeadStatus>(v); return rows.Where(l => l.Status == status); },
            ["ownerId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(l => l.OwnerId == id); },
            ["customerId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(l => l.CustomerId == id); },
            ["teamId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(l => l.TeamId == id); },
            ["unassigned"] = (rows, _, v) => bool.Parse(v) ? rows.Where(l => l.OwnerId == null) : rows.Where(l => l.OwnerId != null),
            ["region"] = (rows, _, v) => rows.Where(l => l.Region == v),
            ["source"] = (rows, _, v) => rows.Where(l => l.Source == v),
        };

    // By name, e-mail, phone (see SearchTerms) or company name: from the text index where the database has one for these
    // terms (TextIndex), else by testing each row.
    private static IQueryable<Lead> Search(IQueryable<Lead> rows, CrmDbContext db, string q)
    {
        var terms = SearchTerms.Of(q);
        if (db.Provider.RowsContaining(db, TextIndex.Leads, terms.In(["NameKey", "CompanyKey"], "Email", "PhoneKey")) is { } found)
            return rows.Where(l => found.Contains(l.Id));
        var (name, email, phone, digits) = terms.Patterns;
        var byPhone = terms.Phone is not null;
        return rows.Where(l => (l.NameKey != null && EF.Functions.Like(l.NameKey, name, SearchTerms.Escape))
            || (l.Email != null && EF.Functions.Like(l.Email, email, SearchTerms.Escape))
            || (l.CompanyKey != null && EF.Functions.Like(l.CompanyKey, name, SearchTerms.Escape))
            || (byPhone && l.PhoneKey != null && (EF.Functions.Like(l.PhoneKey, phone, SearchTerms.Escape) || EF.Functions.Like(l.PhoneKey, digits, SearchTerms.Escape))));
    }

    public override IReadOnlyDictionary<string, Expression<Func<Lead, object?>>> Sorts { get; } =
        new Dictionary<string, Expression<Func<Lead, object?>>>
        {
            ["name"] = l => l.Name,
            ["createdUtc"] = l => l.CreatedUtc,
            ["estimatedValue"] = l => l.EstimatedValue,
        };
}
