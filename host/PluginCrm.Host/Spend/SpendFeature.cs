using System.CommandLine;
using PluginCrm.Host.Access;
using PluginCrm.Host.Cli;

namespace PluginCrm.Host.Spend;

/// <summary><c>/api/spend</c>: marketing and sales spend for acquisition cost, admins only.</summary>
public static class SpendFeature
{
    public static IEnumerable<Command> Commands(ICommandHost host) => [new SpendCommand(host).Create()];

    public static void AddSpend(this IServiceCollection services) => services.AddScoped<SpendService>();

    public static void MapSpend(this IEndpointRouteBuilder app)
    {
        var spend = app.MapGroup("/api/spend").WithTags("spend").RequireAuthorization(AccessPolicies.Admin);
        spend.MapGet("/", (DateOnly? from, DateOnly? to, long? teamId, SpendService service, CancellationToken ct) => service.ListAsync(from, to, teamId, ct)).WithName("listSpend");
        spend.MapGet("/{id:long}", (long id, SpendService service, CancellationToken ct) => service.GetAsync(id, ct));
        spend.MapPost("/", async (SpendInput input, SpendService service, CancellationToken ct) =>
        {
            var added = await service.AddAsync(input, ct);
            return TypedResults.Created($"/api/spend/{added.Id}", added);
        }).WithName("createSpend");
        spend.MapPut("/{id:long}", (long id, SpendInput input, SpendService service, CancellationToken ct) => service.UpdateAsync(id, input, ct));
        spend.MapDelete("/{id:long}", async (long id, SpendService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        });
    }
}
