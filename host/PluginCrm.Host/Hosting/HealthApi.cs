using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.Hosting;

/// <summary><c>GET /health</c>: 200 when the database answers, 503 when it does not; plugin counts for a glance.</summary>
public static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (IDbContextFactory<CrmDbContext> databases, PluginCatalog catalog, CancellationToken ct) =>
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            if (!await db.Database.CanConnectAsync(ct))
                return Results.Problem("the database does not answer", statusCode: 503, title: "Unhealthy");
            return TypedResults.Ok(new HealthReport("healthy", new(catalog.Loaded.Count(), catalog.All.Count(e => !e.IsLoaded))));
        }).AllowAnonymous().Produces<HealthReport>().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
