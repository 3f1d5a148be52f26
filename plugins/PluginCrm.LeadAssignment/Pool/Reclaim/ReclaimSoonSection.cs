using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Day;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.LeadAssignment.Pool.Reclaim;

/// <summary>
/// The owner's day: its customers the reclaim job will put back in the pool within <c>poolWarningDays</c> (or by the end
/// of the day), by the same schedule, soonest first, each with the rule that makes it due.
/// </summary>
public sealed class ReclaimSoonSection(ICrmRecords records, ReclaimSchedule schedule, ISettings<LeadAssignmentSettings> settings) : IDaySection
{
    public string Key => "reclaim-soon";

    public string Title => "Customers about to be reclaimed into the pool";

    public async Task<IReadOnlyList<DayItem>> ItemsAsync(ActingUser user, DayWindow day, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me)
            return [];
        var s = await settings.GetAsync(cancellationToken);
        var horizon = new[] { day.EndUtc, day.NowUtc.AddDays(s.PoolWarningDays) }.Max();
        var items = new List<DayItem>();
        await foreach (var customer in records.QueryAsync<CustomerRecord>(new Dictionary<string, string> { ["ownerId"] = me.ToString() }, user, cancellationToken))
        {
            if (await schedule.DueAsync(customer, s, cancellationToken) is not { } d)
                continue;
            // Protected until after it is due: the job takes it at the first run once the protection ends.
            var due = await schedule.ProtectedUntilAsync(customer, cancellationToken) is { } until && until > d.Due ? until : d.Due;
            if (due <= horizon && !await schedule.SparedAsync(customer.Id, s, day.NowUtc, cancellationToken))
                items.Add(new DayItem(new RecordRef(RecordTypes.Customer, customer.Id), customer.Name, due) { DetailText = d.Reason });
        }
        return items.OrderBy(i => i.DueUtc).ThenBy(i => i.Record.Id).ToList();
    }
}
