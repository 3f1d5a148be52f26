using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// The SDK's bulk insert for plugins, on the host's own model here (value scoring's scores are its plugin's use, read back
/// through its API in that plugin's tests): rows stored as EF Core stores them, in the context's transaction, and the
/// shapes it refuses.
/// </summary>
public sealed class PluginBulkInsertTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private static Product ProductOf(string code, decimal? price) =>
        new() { Code = code, Name = $"茶 {code}", Price = price, CreatedUtc = new DateTime(2026, 3, 1, 8, 30, 0, 123, DateTimeKind.Utc), UpdatedUtc = new DateTime(2026, 3, 1, 8, 30, 0, DateTimeKind.Utc), Version = 1 };

    [Fact]
    public async Task Rows_are_stored_as_ef_stores_them_and_roll_back_with_the_transaction()
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var bulk = scope.ServiceProvider.GetRequiredService<IPluginBulkInsert>();
            await using var rolledBack = await db.Database.BeginTransactionAsync();
            await bulk.InsertAsync(db, [ProductOf("GONE-1", 1m)], CancellationToken.None);
            await rolledBack.RollbackAsync();
        }
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            await using var committed = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IPluginBulkInsert>().InsertAsync(db, [ProductOf("T-1", 12.3456m), ProductOf("T-2", null)], CancellationToken.None);
            await committed.CommitAsync();
        }

        var listed = (await host.Client.Get<ListPage<ProductRecord>>("/api/products?pageSize=100")).Items;
        Assert.Equal(["T-1", "T-2"], listed.Select(p => p.Code).Order());
        var first = listed.Single(p => p.Code == "T-1");
        Assert.Equal(("茶 T-1", 12.3456m, new DateTime(2026, 3, 1, 8, 30, 0, 123, DateTimeKind.Utc)), (first.Name, first.Price, first.CreatedUtc));
        Assert.Null(listed.Single(p => p.Code == "T-2").Price);
    }

    [Fact]
    public async Task A_type_outside_the_model_or_with_collections_to_write_is_refused()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var bulk = scope.ServiceProvider.GetRequiredService<IPluginBulkInsert>();

        var outside = await Assert.ThrowsAsync<ArgumentException>(() => bulk.InsertAsync(db, [new Uri("http://example.com")], CancellationToken.None));
        var withLines = await Assert.ThrowsAsync<ArgumentException>(() => bulk.InsertAsync(db, [new Order { Number = "B-1", Currency = "CNY" }], CancellationToken.None));

        Assert.Contains("not in CrmDbContext's model", outside.Message);
        Assert.Contains("has collections", withLines.Message);
        Assert.Equal(0, await db.Orders.CountAsync());
    }
}
