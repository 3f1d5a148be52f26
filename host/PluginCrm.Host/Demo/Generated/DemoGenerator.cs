using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Access;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Lifecycle;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>
/// Generates the demo company (<c>crm serve --demo</c>) from a seed: the same seed and clock give the same data. The host's
/// records are written in bulk in one transaction (a failure leaves nothing), then each enabled module adds its part as
/// a user's requests would, in transactions of its own.
/// Runs once: a database with the demo admin is left alone, and a database that already holds people or customers is refused.
/// </summary>
public sealed class DemoGenerator(IServiceScopeFactory scopes, TimeProvider time, IOptions<LifecycleOptions> lifecycle, ILogger<DemoGenerator> logger)
{
    public const int DefaultSeed = 20261127;

    public enum Outcome { Generated, AlreadyThere }

    public async Task<Outcome> GenerateAsync(int seed, IProgress<string> progress, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CrmDbContext>();
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == DemoStaff.Admin, ct))
            return Outcome.AlreadyThere;
        if (await db.Users.IgnoreQueryFilters().AnyAsync(ct) || await db.Customers.IgnoreQueryFilters().AnyAsync(ct))
            throw new DemoRefusedException("the database already holds users or customers; the demo is generated only into an empty CRM (use another --data-dir)");

        progress.Report($"generating the demo company (seed {seed})...");
        var clock = Stopwatch.StartNew();
        var company = new DemoCompany(seed, time.GetUtcNow().UtcDateTime) { ChurnAfterDays = lifecycle.Value.ChurnAfterDays };
        var writer = services.GetRequiredService<DemoWriter>();
        var connection = services.GetRequiredService<ScopedConnection>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        connection.Transaction = transaction.GetDbTransaction();
        try
        {
            var step = Stopwatch.StartNew();
            void Done(string? line)
            {
                if (line is not null)
                    progress.Report($"{line} ({step.Elapsed.TotalSeconds:0.0} s)");
                step.Restart();
            }
            Done(await StaffStep.RunAsync(company, writer, services.GetRequiredService<AuditTrail>(), ct));
            await services.GetRequiredService<DirectoryChanges>().TellAsync(transaction.GetDbTransaction(), ct); // the staff is a directory change
            Done(await CustomerStep.RunAsync(company, writer, ct));
            Done(await OrderStep.RunAsync(company, writer, ct));
            Done(await FunnelStep.RunAsync(company, writer, ct));
            Done(await InteractionStep.RunAsync(company, writer, ct));
            Done(await TaskStep.RunAsync(company, writer, ct));
            await transaction.CommitAsync(ct);
        }
        finally
        {
            connection.Transaction = null;
        }
        var admin = new ActingUser(company.Admin.Id, company.Admin.Name, CrmRole.Admin, null);
        // In a scope of its own: this one's context stopped detecting changes for the bulk writes, and the template store
        // adds each version through its template (saved without one, the host's templates could not be sent).
        await using (var templates = scopes.CreateAsyncScope())
            progress.Report(await HostTemplateStep.RunAsync(ActivatorUtilities.CreateInstance<DemoTemplates>(templates.ServiceProvider, admin), ct));
        // The host's data is committed (and marks the demo as there) before the modules add theirs, through their own messages.
        await services.GetRequiredService<PluginDemos>().RunAsync(company, progress, ct);
        progress.Report($"generated in {clock.Elapsed.TotalSeconds:0.0} s (seed {seed})");
        logger.LogInformation("Demo company generated with seed {Seed} in {Elapsed} ms", seed, clock.ElapsedMilliseconds);
        return Outcome.Generated;
    }
}
