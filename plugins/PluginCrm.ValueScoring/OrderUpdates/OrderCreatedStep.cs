using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.ValueScoring.OrderUpdates;

/// <summary>On <c>order.create</c>, after commit: the customer's RFM, class, CLV and warnings follow the new order.</summary>
public sealed class OrderCreatedStep(CustomerRescorer rescorer) : IPipelineStep
{
    public Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var order = context.TargetAs<OrderRecord>();
        return rescorer.RescoreAsync(order.CustomerId, order.Id, DateOnly.FromDateTime(order.OrderedUtc), cancellationToken);
    }
}
