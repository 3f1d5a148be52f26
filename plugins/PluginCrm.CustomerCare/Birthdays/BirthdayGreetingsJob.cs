using System.Runtime.CompilerServices;
using PluginCrm.CustomerCare.Sending;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.CustomerCare.Birthdays;

/// <summary>Greets every customer whose birthday is today (UTC), once a year: occasion <c>birthday:YYYY</c>.</summary>
public sealed class BirthdayGreetingsJob(ICrmRecords records, CareSender sender, ISettings<CustomerCareSettings> settings) : IScheduledJob
{
    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var template = (await settings.GetAsync(cancellationToken)).BirthdayTemplate;
        if (template.Length > 0)
            await sender.SendAsync("Birthday greetings", template, Due(DateOnly.FromDateTime(run.StartedUtc.UtcDateTime), cancellationToken), cancellationToken);
    }

    private async IAsyncEnumerable<CareMessage> Due(DateOnly today, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var customer in records.QueryAsync<CustomerRecord>(null, ct))
        {
            if (customer.Birthday is { } birthday && Birthday.IsCelebratedOn(birthday, today))
                yield return new CareMessage(customer.Id, $"birthday:{today.Year}", new Dictionary<string, object?>());
        }
    }
}
