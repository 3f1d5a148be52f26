using System.Net;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Tests.Support;
using static PluginCrm.Training.Tests.Events.EventSteps;

namespace PluginCrm.Training.Tests.Events;

/// <summary>The reminder before an event and the follow-up after it: each once, to the right people, as consent allows.</summary>
public sealed class ReminderTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task A_reminder_goes_once_a_day_ahead_to_those_with_a_seat_and_consent()
    {
        await SaveTemplatesAsync(training);
        var id = await ScheduleAsync(training, Seminar(training, "Reminded seminar", TimeSpan.FromHours(30), capacity: 2));
        var willing = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Willing Wu") });
        var unwilling = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Unwilling Ude", consent: false) });
        var waiting = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Waiting Wang") });

        await RunRemindersAsync(training);
        var tooEarly = Mails(training, "of Reminded seminar");
        training.Clock.Advance(TimeSpan.FromHours(7));
        await RunRemindersAsync(training);
        await RunRemindersAsync(training);
        var sent = await RegistrationAsync(training, id, willing);
        var refused = await RegistrationAsync(training, id, unwilling);

        Assert.Empty(tooEarly);
        Assert.Equal([$"Reminder for registration {willing} of Reminded seminar."], Mails(training, "of Reminded seminar"));
        Assert.Equal("sent", sent.GetProperty("reminderOutcome").GetString());
        Assert.NotEqual(JsonValueKind.Null, sent.GetProperty("remindedUtc").ValueKind);
        Assert.Equal("no-consent", refused.GetProperty("reminderOutcome").GetString());
        Assert.Equal(JsonValueKind.Null, (await RegistrationAsync(training, id, waiting)).GetProperty("remindedUtc").ValueKind);
    }

    [Fact]
    public async Task Staff_are_reminded_in_the_app()
    {
        await SaveTemplatesAsync(training);
        var (rep, repClient) = await training.UserAsync("reminded.rep@example.test", CrmRole.Rep);
        var id = await ScheduleAsync(training, Seminar(training, "Reminded staff meetup", TimeSpan.FromHours(10), audience: "staff"));
        await RegisteredAsync(repClient, id, new { userId = rep.Id });

        await RunRemindersAsync(training);
        await RunRemindersAsync(training);

        Assert.Equal(["Reminder: Reminded staff meetup"], (await training.Host.InboxAsync(rep.Id)).Select(m => m.Subject));
    }

    [Fact]
    public async Task A_follow_up_goes_after_the_event_only_to_those_who_attended()
    {
        await SaveTemplatesAsync(training);
        var id = await ScheduleAsync(training, Seminar(training, "Followed-up launch", TimeSpan.FromHours(1), hours: 2));
        var came = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Came Chen") });
        var stayed = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Stayed Shi") });
        training.Clock.Advance(TimeSpan.FromHours(1.5));
        await (await AttendAsync(training.Admin, id, came, "attended")).As<JsonElement>();
        await (await AttendAsync(training.Admin, id, stayed, "no-show")).As<JsonElement>();

        await RunRemindersAsync(training);
        var whileOn = Mails(training, "Follow-up for registration").Count(m => m.Contains("Followed-up launch"));
        training.Clock.Advance(TimeSpan.FromHours(4)); // ended 2.5 hours ago; follow-ups go 2 hours after the end
        await RunRemindersAsync(training);
        await RunRemindersAsync(training);

        Assert.Equal(0, whileOn);
        Assert.Equal([$"Follow-up for registration {came} of Followed-up launch."],
            Mails(training, "Follow-up for registration").Where(m => m.Contains("Followed-up launch")));
        Assert.Equal("sent", (await RegistrationAsync(training, id, came)).GetProperty("followUpOutcome").GetString());
        Assert.Equal(JsonValueKind.Null, (await RegistrationAsync(training, id, stayed)).GetProperty("followedUpUtc").ValueKind);
    }

    [Fact]
    public async Task A_template_that_fails_for_staff_still_reminds_customers_and_reminds_staff_once_mended()
    {
        await (await training.Admin.PutAsync("/api/templates/training.event-reminder", Json.Body(new
        {
            kind = "message", body = "Subject: Dear {{ customer.name }}\n\nReminder for registration {{ registration.id }} of {{ event.title }}.",
        }))).As<JsonElement>();
        var (rep, repClient) = await training.UserAsync("mended.rep@example.test", CrmRole.Rep);
        var staffEvent = await ScheduleAsync(training, Seminar(training, "Mended staff meetup", TimeSpan.FromHours(5), audience: "staff"));
        await RegisteredAsync(repClient, staffEvent, new { userId = rep.Id }); // first in line, and its message fails
        var customerEvent = await ScheduleAsync(training, Seminar(training, "Unmended seminar", TimeSpan.FromHours(5)));
        var customer = await RegisteredAsync(training.Admin, customerEvent, new { customerId = await CustomerAsync(training, "Mended Mei") });

        await RunRemindersAsync(training);
        var customerBefore = Mails(training, "of Unmended seminar");
        var staffBefore = await training.Host.InboxAsync(rep.Id);
        await SaveTemplatesAsync(training, "training.event-reminder");
        await RunRemindersAsync(training);

        Assert.Equal([$"Reminder for registration {customer} of Unmended seminar."], customerBefore);
        Assert.Equal(customerBefore, Mails(training, "of Unmended seminar"));
        Assert.Empty(staffBefore);
        Assert.Equal(["Reminder: Mended staff meetup"], (await training.Host.InboxAsync(rep.Id)).Select(m => m.Subject));
    }
}
