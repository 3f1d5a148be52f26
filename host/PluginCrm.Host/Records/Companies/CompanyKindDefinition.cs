using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Companies;

/// <summary>Companies (accounts): shared reference data every signed-in user may read and keep up to date.</summary>
public sealed class CompanyKindDefinition : RecordKind<Company, CompanyRecord>
{
    public override string Name => "company";
    public override string Route => "companies";
    public override long IdOf(CompanyRecord record) => record.Id;
    public override long VersionOf(CompanyRecord record) => record.Version;

    public override CompanyRecord ToRecord(Company c) =>
        new(c.Id, c.Name, c.Industry, c.Region, c.Employees, c.AnnualRevenue, c.ParentId, c.CreatedUtc, c.UpdatedUtc, c.Version);

    public override void Apply(CompanyRecord r, Company c) =>
        (c.Name, c.Industry, c.Region, c.Employees, c.AnnualRevenue, c.ParentId, c.NameKey) =
            (r.Name, r.Industry, r.Region, r.Employees, r.AnnualRevenue, r.ParentId, ContactKeys.Company(r.Name));

    public override CompanyRecord Normalize(CompanyRecord input, CompanyRecord? existing, ActingUser user, FieldErrors errors)
    {
        if (input.Employees is < 0)
            errors.Add("employees", "must be zero or more");
        if (existing is not null && input.ParentId == existing.Id)
            errors.Add("parentId", "a company cannot be its own parent");
        return input with
        {
            Name = FieldRules.Text(input.Name, "name", 200, errors, required: true)!,
            Industry = FieldRules.Text(input.Industry, "industry", 100, errors),
            Region = FieldRules.Text(input.Region, "region", 100, errors),
            AnnualRevenue = FieldRules.Money(input.AnnualRevenue, "annualRevenue", errors),
        };
    }

    public override async Task<CompanyRecord> CheckAsync(CompanyRecord record, CompanyRecord? existing, ActingUser user, CrmDbContext db, FieldErrors errors, CancellationToken ct)
    {
        var id = existing?.Id;
        await FieldRules.ExistsAsync(db.Companies, record.ParentId, "parentId", errors, ct);
        if (await db.Companies.IgnoreQueryFilters().AnyAsync(c => c.Name == record.Name && c.Id != id, ct))
            errors.Add("name", $"a company named '{record.Name}' already exists");
        return record;
    }

    public override IReadOnlyDictionary<string, Func<IQueryable<Company>, CrmDbContext, string, IQueryable<Company>>> Filters { get; } =
        new Dictionary<string, Func<IQueryable<Company>, CrmDbContext, string, IQueryable<Company>>>
        {
            ["q"] = (rows, _, v) => rows.Where(c => c.Name.Contains(v)),
            ["industry"] = (rows, _, v) => rows.Where(c => c.Industry == v),
            ["region"] = (rows, _, v) => rows.Where(c => c.Region == v),
            ["parentId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(c => c.ParentId == id); },
        };

    public override IReadOnlyDictionary<string, Expression<Func<Company, object?>>> Sorts { get; } =
        new Dictionary<string, Expression<Func<Company, object?>>>
        {
            ["name"] = c => c.Name,
            ["employees"] = c => c.Employees,
            ["annualRevenue"] = c => c.AnnualRevenue,
            ["createdUtc"] = c => c.CreatedUtc,
        };
}
