using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Pipeline;

namespace PluginCrm.Host.Records.Lifecycle;

/// <summary>
/// The host's job <c>host.lifecycle-churn</c>: a customer, repeat customer or one at risk whose last purchase is more than
/// <c>Lifecycle:ChurnAfterDays</c> days old (by the run's UTC date) is marked churned, each a <c>customer.update</c> by
/// <see cref="CustomerLifecycle.Actor"/> with its reason in the audit. A customer that never bought (imported or set as
/// a customer by hand) is counted from its creation. A move refused by a plugin or overtaken by a change is skipped and
/// tried again on the next run.
/// </summary>
public sealed class ChurnJob(CrmDbContext db, RecordReader reader, RecordWriter writer, IOptions<LifecycleOptions> options, ILogger<ChurnJob> logger) : IScheduledJob
{
    public const string Name = "lifecycle-churn";

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var days = options.Value.ChurnAfterDays;
        var today = DateOnly.FromDateTime(run.StartedUtc.UtcDateTime);
        // Silent since before this instant: the last purchase fell on a day more than the given days ago.
        var cutoff = today.AddDays(-days).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var silent = await db.Customers.AsNoTracking()
            .Where(c => LifecycleRules.Churnable.Contains(c.Stage))
            .Select(c => new { c.Id, c.CreatedUtc, LastPurchase = db.Set<Order>().Where(o => o.CustomerId == c.Id && o.Total >= 0).Max(o => (DateTime?)o.OrderedUtc) })
            .Where(c => (c.LastPurchase ?? c.CreatedUtc) < cutoff)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var candidate in silent)
            if (await MoveAsync(candidate.Id, candidate.LastPurchase ?? candidate.CreatedUtc, candidate.LastPurchase is not null, today, days, cancellationToken))
                moved++;
        logger.LogInformation("Marked {Count} of {Silent} silent customers churned (no purchase for more than {Days} days)", moved, silent.Count, days);
    }

    private async Task<bool> MoveAsync(long id, DateTime since, bool bought, DateOnly today, int days, CancellationToken ct)
    {
        var customer = await reader.GetAsync(CoreRecords.Customers, id, CustomerLifecycle.Actor, ct);
        if (LifecycleRules.AfterSilence(customer.Stage, DateOnly.FromDateTime(since), bought, today, days) is not { } move)
            return false;
        try
        {
            await writer.UpdateAsync(CoreRecords.Customers, id, customer with { Stage = move.Stage }, customer.Version, CustomerLifecycle.Actor, ct, move.Reason);
            return true;
        }
        catch (Exception ex) when (ex is PipelineValidationException or ConflictException or InputException)
        {
            logger.LogWarning("Customer {CustomerId} not marked churned ({Reason}): {Refusal}", id, move.Reason, ex.Message);
            return false;
        }
    }
}
