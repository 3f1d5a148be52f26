using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Bench.Plugin.Data;

namespace PluginCrm.Bench.Plugin.BareCustomers;

/// <summary>
/// <c>POST /api/bench/bare-customers</c>: the baseline of the pipeline benchmark. One EF Core insert through
/// the plugin's own DbContext; no validation rules, pipeline, audit entry or explicit transaction.
/// </summary>
public static class CreateBareCustomerEndpoint
{
    public static void MapCreateBareCustomer(this IEndpointRouteBuilder api) =>
        api.MapPost("/bare-customers", async (CreateBareCustomerRequest request, BenchDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Name))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["is required"] });

            var now = time.GetUtcNow().UtcDateTime;
            var tags = request.Tags is { Count: > 0 } t ? $"|{string.Join('|', t.Select(x => x.Trim().ToLowerInvariant()))}|" : "";
            var customer = new BareCustomer { Name = request.Name.Trim(), Email = request.Email?.Trim().ToLowerInvariant(), Tags = tags, CreatedUtc = now, UpdatedUtc = now };
            db.Customers.Add(customer);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/bench/bare-customers/{customer.Id}", BareCustomerResponse.From(customer));
        });
}
