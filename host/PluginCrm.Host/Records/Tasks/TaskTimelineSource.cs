using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Host.Records.Tasks;

/// <summary>The tasks about the customer, when each was set, with its due time and whether it is done; each shown to whoever reads the task.</summary>
public sealed class TaskTimelineSource(CrmDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "task";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var about = new RecordRef(RecordTypes.Customer, customerId).ToString();
        var tasks = await window.Apply(db.Tasks.AsNoTracking().Where(t => t.RelatedTo == about), t => t.CreatedUtc, t => t.Id)
            .Select(t => new { t.Id, t.Subject, t.DueUtc, t.Done, t.DoneUtc, t.Priority, t.OwnerId, t.CreatedUtc })
            .ToListAsync(cancellationToken);
        return tasks.Select(t =>
        {
            var due = t.DueUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var state = t.Done ? "done" : $"due {due} UTC";
            return new TimelineEntry(t.CreatedUtc, t.Id, Kind, $"Task {t.Subject} ({state})")
            {
                Record = new RecordRef(RecordTypes.Task, t.Id),
                Data = new Dictionary<string, object?>
                {
                    ["dueUtc"] = t.DueUtc, ["done"] = t.Done, ["doneUtc"] = t.DoneUtc, ["priority"] = t.Priority, ["assigneeId"] = t.OwnerId,
                },
            };
        }).ToList();
    }
}
