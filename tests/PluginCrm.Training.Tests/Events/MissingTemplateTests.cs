using System.Net;
using System.Text.Json;
using PluginCrm.Training.Tests.Support;
using static PluginCrm.Training.Tests.Events.EventSteps;

namespace PluginCrm.Training.Tests.Events;

/// <summary>On a host of its own: no message template has been saved here.</summary>
public sealed class MissingTemplateTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task Without_its_template_a_reminder_is_not_sent_nothing_fails_and_it_goes_once_the_template_is_saved()
    {
        var id = await ScheduleAsync(training, Seminar(training, "Untemplated seminar", TimeSpan.FromHours(12), capacity: 1));
        var seated = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Patient Pan") });
        var waiting = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Hopeful Hu") });

        var run = await training.Admin.PostAsync("/api/jobs/training.event-reminders/run", null);
        var cancelled = await training.Admin.PostAsync($"{EventsApi}/{id}/registrations/{seated}/cancel", null); // the promotion notice has no template either
        await training.Host.DeliverOutboxAsync();
        var before = await RegistrationAsync(training, id, waiting);
        await SaveTemplatesAsync(training, "training.event-reminder");
        await RunRemindersAsync(training);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("confirmed", before.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("remindedUtc").ValueKind);
        Assert.Equal([$"Reminder for registration {waiting} of Untemplated seminar."], Mails(training, "of Untemplated seminar"));
    }
}
