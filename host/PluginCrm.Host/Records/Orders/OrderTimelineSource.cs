using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Host.Records.Orders;

/// <summary>The customer's orders on its timeline, when they were placed (index on customer and order time).</summary>
public sealed class OrderTimelineSource(CrmDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "order";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var orders = await window.Apply(db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId), o => o.OrderedUtc, o => o.Id)
            .Select(o => new { o.Id, o.Number, o.OrderedUtc, o.Total, o.Currency, Lines = o.Lines.Count })
            .ToListAsync(cancellationToken);
        return orders.Select(o => new TimelineEntry(o.OrderedUtc, o.Id, Kind,
            $"{(o.Total < 0 ? "Cancellation" : "Order")} {o.Number}: {o.Total.ToString("0.00##", CultureInfo.InvariantCulture)} {o.Currency}")
        {
            Record = new RecordRef(RecordTypes.Order, o.Id),
            Data = new Dictionary<string, object?> { ["number"] = o.Number, ["total"] = o.Total, ["currency"] = o.Currency, ["lines"] = o.Lines },
        }).ToList();
    }
}
