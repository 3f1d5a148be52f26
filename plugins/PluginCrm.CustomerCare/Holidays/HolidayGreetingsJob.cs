using System.Runtime.CompilerServices;
using PluginCrm.CustomerCare.Sending;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.CustomerCare.Holidays;

/// <summary>On a holiday of the calendar, greets every customer with its template, once: occasion <c>holiday:NAME:YYYY</c>.</summary>
public sealed class HolidayGreetingsJob(ICrmRecords records, CareSender sender, ISettings<CustomerCareSettings> settings) : IScheduledJob
{
    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(run.StartedUtc.UtcDateTime);
        foreach (var holiday in (await settings.GetAsync(cancellationToken)).Holidays.Where(h => h.FallsOn(today)))
            await sender.SendAsync($"Holiday greetings for {holiday.Name}", holiday.Template, Everyone(holiday, today, cancellationToken), cancellationToken);
    }

    private async IAsyncEnumerable<CareMessage> Everyone(Holiday holiday, DateOnly today, [EnumeratorCancellation] CancellationToken ct)
    {
        var model = new Dictionary<string, object?> { ["holiday"] = new Dictionary<string, object?> { ["name"] = holiday.Name, ["date"] = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) } };
        await foreach (var customer in records.QueryAsync<CustomerRecord>(null, ct))
            yield return new CareMessage(customer.Id, $"holiday:{holiday.Name.Trim()}:{today.Year}", model);
    }
}
