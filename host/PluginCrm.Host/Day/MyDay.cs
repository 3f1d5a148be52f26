using PluginCrm.Host.Data;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Day;
using Serilog.Context;

namespace PluginCrm.Host.Day;

/// <summary>
/// A user's day: its overdue and today's tasks and its new leads waiting for a first response (the host's), then each
/// enabled module's sections (<see cref="IDaySection"/>). Only the user's own work: a manager sees its day, not its
/// team's. Every item a module lists is shown only if the user may read its record.
/// </summary>
public sealed class MyDay(CrmDbContext db, PluginCatalog catalog, ModuleSwitches switches, IRecordAccess access, IServiceProvider services, ILogger<MyDay> logger)
{
    public async Task<DayView> ForAsync(ActingUser user, DayWindow day, CancellationToken ct)
    {
        var sections = new List<DaySectionView>();
        // An API key without a user has no day of its own: the sections are there, empty.
        var me = user.UserId ?? 0;
        sections.AddRange(await TaskSections.ForAsync(db, me, day, ct));
        sections.Add(await NewLeadsSection.ForAsync(db, me, day, ct));
        if (user.UserId is not null)
            await AddModulesAsync(sections, user, day, ct);
        return new DayView(day.Date, day.TimeZone, day.StartUtc, day.EndUtc, sections);
    }

    private async Task AddModulesAsync(List<DaySectionView> sections, ActingUser user, DayWindow day, CancellationToken ct)
    {
        var disabled = await switches.DisabledIdsAsync(ct);
        foreach (var entry in catalog.Loaded.Where(e => switches.IsEnabled(e, disabled)))
            foreach (var type in entry.Contributions.DaySections)
            {
                using var _ = LogContext.PushProperty("PluginId", entry.Id);
                var section = (IDaySection)services.GetRequiredService(type);
                IReadOnlyList<DayItem> items;
                try
                {
                    items = await section.ItemsAsync(user, day, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Day section {Section} of plugin {PluginId} failed; left out of the day", type.Name, entry.Id);
                    continue;
                }
                var readable = await ReadableAsync(user, items, ct);
                sections.Add(new DaySectionView($"{entry.Id}.{section.Key}", section.Title, entry.Id,
                    items.Where(readable.Contains).Select(i => new DayItemView(i.Record.ToString(), i.Title, i.DueUtc, i.DetailText?.ToString() ?? i.Detail) { DetailText = i.DetailText }).ToList()));
            }
    }

    // The host decides, whatever a module listed: one question per record type.
    private async Task<HashSet<DayItem>> ReadableAsync(ActingUser user, IReadOnlyList<DayItem> items, CancellationToken ct)
    {
        var readable = new HashSet<DayItem>();
        foreach (var group in items.GroupBy(i => i.Record.Type))
        {
            var ids = await access.FilterAsync(user, AccessRight.Read, group.Key, group.Select(i => i.Record.Id), ct);
            readable.UnionWith(group.Where(i => ids.Contains(i.Record.Id)));
        }
        return readable;
    }
}
