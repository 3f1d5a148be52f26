using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.LeadAssignment.Access;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>
/// <c>GET /duplicates?phone=&amp;email=&amp;company=</c>: the leads and customers with those contact keys (before capture);
/// <c>POST /duplicates/reindex</c> (admins): index every lead and customer, e.g. those imported before the module was on.
/// </summary>
public static class DuplicatesEndpoints
{
    public static void MapDuplicates(this IEndpointRouteBuilder api)
    {
        api.MapGet("/duplicates", async (string? phone, string? email, string? company, ContactIndex index, CancellationToken ct) =>
            await index.MatchesAsync(ContactKeys.Of(phone, email, company), ct));

        api.MapPost("/duplicates/reindex", async (HttpContext http, ContactIndex index, ICrmRecords records, CancellationToken ct) =>
        {
            if (http.User.ToActingUser().Role != CrmRole.Admin)
                return Problems.Forbidden("only an admin rebuilds the index");
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
            return Results.Ok(new { leads, customers });
        });
    }
}
