using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>
/// <c>GET /duplicates?phone=&amp;email=&amp;company=</c> (everyone signed in): the leads and customers with those contact
/// keys, before capture, told as the capture refusal tells them (see <see cref="DuplicateDisclosure"/>);
/// <c>POST /duplicates/reindex</c> (admins): index every lead and customer, e.g. those imported before the module was on.
/// </summary>
public static class DuplicatesEndpoints
{
    public static void MapDuplicates(this IEndpointRouteBuilder api)
    {
        api.MapGet("/duplicates", async (string? phone, string? email, string? company, HttpContext http, ContactIndex index, DuplicateDisclosure disclosure,
            CancellationToken ct) =>
        {
            var user = http.User.ToActingUser();
            var told = new List<Duplicate>();
            foreach (var match in await index.MatchesAsync(ContactIndex.Of(phone, email, company), ct))
                told.Add(await disclosure.TellAsync(match, user, ct));
            return told;
        });

        api.MapPost("/duplicates/reindex", async (ContactIndex index, ICrmRecords records, CancellationToken ct) =>
        {
            var (leads, customers) = (0, 0);
            await foreach (var lead in records.QueryAsync<LeadRecord>(null, ct))
            {
                await index.IndexAsync("lead", lead.Id, lead, ct);
                leads++;
            }
            await foreach (var customer in records.QueryAsync<CustomerRecord>(null, ct))
            {
                await index.IndexAsync("customer", customer.Id, customer, ct);
                customers++;
            }
            return TypedResults.Ok(new ReindexCounts(leads, customers));
        }).RequireAuthorization(CrmPolicies.Admin);
    }
}

/// <summary><c>POST /duplicates/reindex</c>'s answer: how many leads and customers the contact index now holds.</summary>
public sealed record ReindexCounts(int Leads, int Customers);
