using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Leads.Convert;

/// <summary>
/// The customers a lead would duplicate: the same e-mail, phone, or name at the same company, compared by the SDK's
/// <see cref="ContactKeys"/> on the keys stored beside each customer and company (the ones <c>q</c> searches).
/// </summary>
public sealed class DuplicateCustomers(CrmDbContext db)
{
    public async Task<(List<DuplicateCandidate> Readable, int Unreadable)> OfAsync(LeadRecord lead, ActingUser user, CancellationToken ct)
    {
        var (email, phone, name, company) = (ContactKeys.Email(lead.Email), ContactKeys.Phone(lead.Phone), ContactKeys.Name(lead.Name), ContactKeys.Company(lead.CompanyName));
        var companies = db.Companies.Where(co => company != null && co.NameKey == company).Select(co => (long?)co.Id);
        var matches = await db.Customers.AsNoTracking()
            .Where(c => (email != null && c.Email == email) || (phone != null && c.PhoneKey == phone)
                || (name != null && company != null && c.NameKey == name && companies.Contains(c.CompanyId)))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.Email, c.PhoneKey, c.NameKey, c.CompanyId })
            .ToListAsync(ct);
        if (matches.Count == 0)
            return ([], 0);
        var ids = matches.Select(m => m.Id).ToArray();
        var readable = await CoreRecords.Customers.Readable(db, user).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        var atCompany = await companies.ToListAsync(ct);
        var candidates = matches.Where(m => readable.Contains(m.Id)).Select(m => new DuplicateCandidate(m.Id, m.Name, [
            .. email is not null && m.Email == email ? ["email"] : Array.Empty<string>(),
            .. phone is not null && m.PhoneKey == phone ? ["phone"] : Array.Empty<string>(),
            .. name is not null && m.NameKey == name && atCompany.Contains(m.CompanyId) ? ["name+company"] : Array.Empty<string>(),
        ])).ToList();
        return (candidates, matches.Count - candidates.Count);
    }
}
