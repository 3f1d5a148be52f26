using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Host.Records.Deals;

/// <summary>The customer's deals, when each was opened, with where it stands now; each shown to whoever reads the deal.</summary>
public sealed class DealTimelineSource(CrmDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "deal";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var deals = await window.Apply(db.Deals.AsNoTracking().Where(d => d.CustomerId == customerId), d => d.CreatedUtc, d => d.Id)
            .Select(d => new { d.Id, d.Title, d.Stage, d.Value, d.CreatedUtc, d.OwnerId, d.EngagedOn, d.ClosedOn })
            .ToListAsync(cancellationToken);
        return deals.Select(d =>
        {
            var stage = JsonNamingPolicy.CamelCase.ConvertName(d.Stage.ToString());
            var value = d.Value is { } v ? $", {v.ToString("0.00##", CultureInfo.InvariantCulture)}" : "";
            return new TimelineEntry(d.CreatedUtc, d.Id, Kind, $"Deal {d.Title} opened (now {stage}{value})")
            {
                Record = new RecordRef(RecordTypes.Deal, d.Id),
                Data = new Dictionary<string, object?>
                {
                    ["stage"] = d.Stage, ["value"] = d.Value, ["ownerId"] = d.OwnerId, ["engagedOn"] = d.EngagedOn, ["closedOn"] = d.ClosedOn,
                },
            };
        }).ToList();
    }
}
