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
    public async Task AfterPurchaseAsync(long customerId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, ct);
        if (customer is null)
            return;
        var days = await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId && o.Total >= 0)
            .Select(o => o.OrderedUtc.Date).Distinct().OrderByDescending(d => d).ToListAsync(ct);
        var latest = DateOnly.FromDateTime(days.FirstOrDefault());
        if (LifecycleRules.AfterPurchase(customer.Stage, days.Count, latest) is not { } move)
            return;
        // A purchase recorded late (an old order entered now) does not bring back a customer the silence keeps churned:
        // the churn job would only mark it churned again.
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (customer.Stage == LifecycleStage.Churned && LifecycleRules.AfterSilence(move.Stage, latest, bought: true, today, options.Value.ChurnAfterDays) is not null)
            return;
        var record = CoreRecords.Customers.ToRecord(customer);
        await records.UpdateAsync(CoreRecords.Customers, customerId, record with { Stage = move.Stage }, record.Version, Actor, ct, move.Reason);
    }
}
