using Acme.Loyalty.Data;
using PluginCrm.Sdk.Commands;

namespace Acme.Loyalty.Cli;

/// <summary><c>crm loyalty balance CUSTOMER</c>: a customer's points, on standard output.</summary>
public sealed class LoyaltyCommand(LoyaltyDbContext db) : IPluginCommand
{
    public string Name => "loyalty";

    public string Description => "Loyalty points: crm loyalty balance CUSTOMER";

    public async Task<int> RunAsync(PluginCommandContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments is not ["balance", var id] || !long.TryParse(id, out var customerId))
            throw new PluginCommandException("usage: crm loyalty balance CUSTOMER", 2);
        context.Out.WriteLine($"customer {customerId}: {await db.PointsOfAsync(customerId, cancellationToken)} points");
        return 0;
    }
}
