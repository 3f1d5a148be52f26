using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Demo.Generated;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;

namespace PluginCrm.Host.Demo.Scale;

/// <summary>
/// <c>crm demo generate</c>: the demo's staff and products, then <see cref="ScaleSize.Customers"/> synthetic customers
/// and their orders, written through <see cref="DemoWriter"/> a batch at a time, each batch committed and let go, so memory
/// stays flat however many customers are asked for. The clock's day, not its time, goes into the data: the same seed, size
/// and day give the same rows. Only into a CRM without customers; a run that fails midway leaves the batches it committed.
/// </summary>
public sealed class ScaleGenerator(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScaleGenerator> logger)
{
    public const int Batch = 5_000;

    /// <summary>Generates <paramref name="size"/>; returns how many orders were written.</summary>
    public async Task<long> GenerateAsync(ScaleSize size, IProgress<string> progress, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CrmDbContext>();
        if (await db.Customers.IgnoreQueryFilters().AnyAsync(ct))
            throw new DemoRefusedException("the database already holds customers; synthetic customers are generated only into an empty CRM (use another --data-dir)");
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == DemoStaff.Admin, ct))
            throw new DemoRefusedException("the database already holds the demo's staff; synthetic customers are generated only into an empty CRM (use another --data-dir)");

        progress.Report($"generating {size.Customers:N0} customers with {size.Orders:N0} orders (seed {size.Seed})...");
        var clock = Stopwatch.StartNew();
        var company = new DemoCompany(size.Seed, time.GetUtcNow().UtcDateTime.Date);
        var writer = services.GetRequiredService<DemoWriter>();
        progress.Report(await StaffStep.RunAsync(company, writer, services.GetRequiredService<AuditTrail>(), ct));
        await OrderStep.ProductsAsync(company, writer, ct);
        db.ChangeTracker.Clear();

        var customers = new ScaleCustomers(company, size);
        long orders = 0;
        var every = Math.Max(Batch, size.Customers / 10);
        for (var start = 0; start < size.Customers; start += Batch)
        {
            var drawn = customers.Draw(start, Math.Min(Batch, size.Customers - start));
            var written = await writer.CreateAsync(CoreRecords.Customers, drawn.Select(d => (d.Record, d.CreatedUtc)), ct);
            orders += (await writer.CreateAsync(CoreRecords.Orders, customers.Orders(written, drawn), ct)).Count;
            var done = start + drawn.Count;
            if (done % every < Batch || done == size.Customers)
                progress.Report($"{done:N0} customers, {orders:N0} orders ({clock.Elapsed.TotalSeconds:0.0} s, {done / clock.Elapsed.TotalSeconds:N0} customers/s)");
        }
        progress.Report($"generated {size.Customers:N0} customers and {orders:N0} orders in {clock.Elapsed.TotalSeconds:0.0} s (seed {size.Seed})");
        logger.LogInformation("Synthetic customers generated: {Customers} customers, {Orders} orders, seed {Seed}, {Elapsed} ms", size.Customers, orders, size.Seed, clock.ElapsedMilliseconds);
        return orders;
    }
}
