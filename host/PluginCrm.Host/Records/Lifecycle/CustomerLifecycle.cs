using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Lifecycle;

/// <summary>
/// Moves a customer's lifecycle stage when the facts say so (<see cref="LifecycleRules"/>), as a <c>customer.update</c>
/// by the system named <c>lifecycle</c>, with the reason in the audit: so every move is a message other plugins see.
/// </summary>
public sealed class CustomerLifecycle(CrmDbContext db, RecordWriter records, IOptions<LifecycleOptions> options, TimeProvider time)
{
    public static readonly ActingUser Actor = ActingUser.System with { Name = "lifecycle" };

    /// <summary>After an order of <paramref name="customerId"/> is written: the stage its purchases now call for.</summary>
    public Task AfterPurchaseAsync(long customerId, CancellationToken ct) => AfterPurchasesAsync([customerId], ct);

    /// <summary>
    /// After orders of <paramref name="customerIds"/> are written (an import's batch): the same, with the customers and their
    /// purchase days read in one query each. A customer whose batch holds several purchases moves once, to where they all put it.
    /// </summary>
    public async Task AfterPurchasesAsync(IReadOnlyCollection<long> customerIds, CancellationToken ct)
    {
        if (customerIds.Count == 0)
            return;
        var ids = customerIds.ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id)).ToListAsync(ct);
        var days = (await db.Orders.AsNoTracking().Where(o => EF.Parameter(ids).Contains(o.CustomerId) && o.Total >= 0)
                .Select(o => new { o.CustomerId, Day = o.OrderedUtc.Date }).Distinct().ToListAsync(ct))
            .ToLookup(o => o.CustomerId, o => o.Day);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        foreach (var customer in customers.OrderBy(c => c.Id))
        {
            var bought = days[customer.Id].ToList();
            var latest = DateOnly.FromDateTime(bought.DefaultIfEmpty().Max());
            if (LifecycleRules.AfterPurchase(customer.Stage, bought.Count, latest) is not { } move)
                continue;
            // A purchase recorded late (an old order entered now) does not bring back a customer the silence keeps churned:
            // the churn job would only mark it churned again.
            if (customer.Stage == LifecycleStage.Churned && LifecycleRules.AfterSilence(move.Stage, latest, bought: true, today, options.Value.ChurnAfterDays) is not null)
                continue;
            var record = CoreRecords.Customers.ToRecord(customer);
            await records.UpdateAsync(CoreRecords.Customers, customer.Id, record with { Stage = move.Stage }, record.Version, Actor, ct, move.Reason);
        }
    }
}
