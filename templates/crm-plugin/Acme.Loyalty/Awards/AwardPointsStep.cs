using Acme.Loyalty.Data;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace Acme.Loyalty.Awards;

/// <summary>
/// <c>order.create</c>, PostOperation: the order has its id, and the customer earns its points in the order's own
/// transaction, so an order that fails to save earns nothing. A cancellation (a negative total) earns nothing either.
/// </summary>
public sealed class AwardPointsStep(LoyaltyDbContext db, ISettings<LoyaltySettings> settings, TimeProvider time) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var order = context.TargetAs<OrderRecord>();
        var points = (long)Math.Floor(order.Total * (await settings.GetAsync(cancellationToken)).PointsPerCurrencyUnit);
        if (points <= 0)
            return;
        db.Awards.Add(new PointsAward { CustomerId = order.CustomerId, OrderId = order.Id, Points = points, AwardedUtc = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}
