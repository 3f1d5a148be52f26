using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Day;

namespace PluginCrm.Host.Day;

/// <summary>The user's open tasks: overdue (due before now), and the rest of today's (due from now to the day's end).</summary>
public static class TaskSections
{
    public static async Task<IReadOnlyList<DaySectionView>> ForAsync(CrmDbContext db, long me, DayWindow day, CancellationToken ct)
    {
        var open = db.Tasks.AsNoTracking().Where(t => t.OwnerId == me && !t.Done);
        var overdue = await open.Where(t => t.DueUtc < day.NowUtc).OrderBy(t => t.DueUtc).ThenBy(t => t.Id).ToListAsync(ct);
        var today = await open.Where(t => t.DueUtc >= day.NowUtc && t.DueUtc < day.EndUtc).OrderBy(t => t.DueUtc).ThenBy(t => t.Id).ToListAsync(ct);
        return
        [
            new DaySectionView("overdue-tasks", "Overdue tasks", null, overdue.Select(Item).ToList()),
            new DaySectionView("today-tasks", "Today's tasks", null, today.Select(Item).ToList()),
        ];
    }

    private static DayItemView Item(CrmTask task)
    {
        var priority = task.Priority.ToString().ToLowerInvariant();
        var detail = task.RelatedTo is { } about ? new DayText("{0} priority, about {1}", priority, about) : new DayText("{0} priority", priority);
        return DayItemView.Of($"task:{task.Id}", task.Subject, task.DueUtc, detail, task.RelatedTo);
    }
}
