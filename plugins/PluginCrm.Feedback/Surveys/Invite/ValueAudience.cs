using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Records;
using PluginCrm.ValueScoring.Contracts;

namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>
/// Narrows a wave to value scoring's latest segment or ABC class of each customer, through its contract
/// (<see cref="ICustomerValues"/>, resolved when asked: the feedback module neither references nor requires the value
/// scoring module). Asked for one without that module, the request is refused naming the field.
/// </summary>
public sealed class ValueAudience(IServiceProvider services)
{
    public async Task<List<CustomerRecord>> NarrowAsync(List<CustomerRecord> customers, SegmentRequest request, CancellationToken ct)
    {
        if (request.ValueSegment is null && request.ValueClass is null)
            return customers;
        if (services.GetService<ICustomerValues>() is not { } values)
            throw new RecordValidationException(new Dictionary<string, string[]>
            {
                [request.ValueSegment is null ? "valueClass" : "valueSegment"] = ["needs the value scoring module, which is not installed"],
            });
        var kept = new List<CustomerRecord>();
        foreach (var customer in customers)
            if (await values.GetAsync(customer.Id, ct) is { } value && Same(request.ValueSegment, value.Segment) && Same(request.ValueClass, value.ValueClass))
                kept.Add(customer);
        return kept;
    }

    private static bool Same(string? asked, string actual) => asked is null || string.Equals(asked.Trim(), actual, StringComparison.OrdinalIgnoreCase);
}
