using System.Net;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Tests.Support;
using static PluginCrm.Training.Tests.Events.EventSteps;

namespace PluginCrm.Training.Tests.Events;

/// <summary>Managers keep the calendar; a new time or a call-off is told to the registrants; every bad input names its field.</summary>
public sealed class ScheduleTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task Managers_schedule_events_and_everyone_reads_the_calendar_between_two_times()
    {
        var (_, managerClient) = await training.UserAsync("calendar.manager@example.test", CrmRole.Manager);
        var (_, repClient) = await training.UserAsync("calendar.rep@example.test", CrmRole.Rep);
        await training.PublishedCourseAsync("calendar-course");
        var now = training.Clock.GetUtcNow().UtcDateTime;
        var launch = await (await managerClient.Post(EventsApi, new
        {
            title = "Calendar launch", kind = "launch", audience = "customers", startsUtc = now.AddDays(40), endsUtc = now.AddDays(40).AddHours(3),
            place = "Expo hall", onlineLink = "https://live.example.test/launch", course = "calendar-course", description = "The new model, shown.",
        })).As<JsonElement>();
        var webinar = await (await managerClient.Post(EventsApi, new
        {
            title = "Calendar webinar", kind = "webinar", audience = "staff", startsUtc = now.AddDays(41), endsUtc = now.AddDays(41).AddHours(1),
            onlineLink = "https://meet.example.test/w", capacity = 100,
        })).As<JsonElement>();
        await ScheduleAsync(training, Seminar(training, "Calendar seminar later", TimeSpan.FromDays(60)));

        var from = Uri.EscapeDataString($"{now.AddDays(39):O}");
        var to = Uri.EscapeDataString($"{now.AddDays(42):O}");
        var listed = await (await repClient.GetAsync($"{EventsApi}?from={from}&to={to}")).As<JsonElement>();
        var staffOnly = await (await repClient.GetAsync($"{EventsApi}?from={from}&to={to}&audience=staff")).As<JsonElement>();
        var shown = await (await repClient.GetAsync($"{EventsApi}/{Id(launch)}")).As<JsonElement>();

        Assert.Equal(["Calendar launch", "Calendar webinar"], listed.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("title").GetString()));
        Assert.Equal([Id(webinar)], staffOnly.GetProperty("items").EnumerateArray().Select(Id));
        Assert.Equal(("calendar-course", "scheduled", JsonValueKind.Null), (shown.GetProperty("course").GetString(), shown.GetProperty("status").GetString(),
            shown.GetProperty("seatsLeft").ValueKind));
        Assert.Equal((0, 0, 0), (shown.GetProperty("registered").GetInt32(), shown.GetProperty("waiting").GetInt32(), shown.GetProperty("attended").GetInt32()));
        Assert.Equal(100, webinar.GetProperty("seatsLeft").GetInt32());
    }

    [Fact]
    public async Task Every_bad_input_is_a_problem_naming_the_field()
    {
        var now = training.Clock.GetUtcNow().UtcDateTime;
        var wrong = await training.Admin.Post(EventsApi, new
        {
            title = " ", kind = "party", audience = "everyone", startsUtc = now.AddDays(1), endsUtc = now.AddDays(1).AddHours(-1),
            onlineLink = "ftp://files.example.test", capacity = 0, course = "no-such-course",
        });
        var past = await training.Admin.Post(EventsApi, Seminar(training, "Yesterday's seminar", TimeSpan.FromDays(-1)));
        var webinar = await training.Admin.Post(EventsApi, new
        {
            title = "Linkless webinar", kind = "webinar", audience = "customers", startsUtc = now.AddDays(1), endsUtc = now.AddDays(1).AddHours(1), place = "Nowhere",
        });
        var nowhere = await training.Admin.Post(EventsApi, new { title = "Nowhere", kind = "meetup", audience = "customers", startsUtc = now.AddDays(1), endsUtc = now.AddDays(40) });
        var id = await ScheduleAsync(training, Seminar(training, "Validated seminar", TimeSpan.FromDays(2)));
        var registration = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Valid Vu") });
        var nobody = await RegisterAsync(training.Admin, id, new { });
        var aUser = await RegisterAsync(training.Admin, id, new { userId = 1 });
        var maybe = await AttendAsync(training.Admin, id, registration, "maybe");
        var backwards = await training.Admin.GetAsync($"{EventsApi}?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z&kind=party");
        var missing = await training.Admin.GetAsync($"{EventsApi}/999999");
        var notADate = await training.Admin.Post(EventsApi, new { title = "Bad date", kind = "seminar", audience = "customers", startsUtc = "next Tuesday" });

        var errors = (await wrong.ProblemAsync()).Errors!;
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("is required, at most 200 characters", Assert.Single(errors["title"]));
        Assert.Equal("'party' is not one of launch, seminar, meetup, webinar", Assert.Single(errors["kind"]));
        Assert.Equal("'everyone' is not one of customers, staff", Assert.Single(errors["audience"]));
        Assert.Equal("must be after startsUtc", Assert.Single(errors["endsUtc"]));
        Assert.Equal("must be an http or https address, at most 500 characters", Assert.Single(errors["onlineLink"]));
        Assert.Equal("must be between 1 and 100000, or left out for no limit", Assert.Single(errors["capacity"]));
        Assert.Equal("there is no course 'no-such-course'", Assert.Single(errors["course"]));
        Assert.Equal("is in the past: an event is scheduled ahead", Assert.Single((await past.ProblemAsync()).Errors!["startsUtc"]));
        Assert.Equal("is required for a webinar", Assert.Single((await webinar.ProblemAsync()).Errors!["onlineLink"]));
        var nowhereErrors = (await nowhere.ProblemAsync()).Errors!;
        Assert.Equal("give a place, an onlineLink or both", Assert.Single(nowhereErrors["place"]));
        Assert.Equal("must be within 31 days of startsUtc", Assert.Single(nowhereErrors["endsUtc"]));
        Assert.Equal("name exactly one of customerId, userId", Assert.Single((await nobody.ProblemAsync()).Errors!["customerId"]));
        Assert.Equal($"event {id} is for customers: register a customer", Assert.Single((await aUser.ProblemAsync()).Errors!["userId"]));
        Assert.Equal("'maybe' is not one of attended, no-show", Assert.Single((await maybe.ProblemAsync()).Errors!["attendance"]));
        var listErrors = (await backwards.ProblemAsync()).Errors!;
        Assert.Equal(("is before from", "'party' is not one of launch, seminar, meetup, webinar"), (Assert.Single(listErrors["to"]), Assert.Single(listErrors["kind"])));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True((await notADate.ProblemAsync()).Errors!.ContainsKey("startsUtc"));
    }

    [Fact]
    public async Task A_new_place_is_told_to_registrants_and_a_new_title_is_not()
    {
        await SaveTemplatesAsync(training);
        var id = await ScheduleAsync(training, Seminar(training, "Relocated seminar", TimeSpan.FromDays(8)));
        var registration = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Relocated Ren") });
        var starts = training.Clock.GetUtcNow().UtcDateTime.AddDays(8);

        await (await training.Admin.PutAsync($"{EventsApi}/{id}", Json.Body(new
        {
            title = "Relocated seminar", kind = "seminar", audience = "customers", startsUtc = starts, endsUtc = starts.AddHours(2), place = "Beijing office, hall A",
        }))).As<JsonElement>();
        await (await training.Admin.PutAsync($"{EventsApi}/{id}", Json.Body(new
        {
            title = "Relocated seminar, part 1", kind = "seminar", audience = "customers", startsUtc = starts, endsUtc = starts.AddHours(2), place = "Beijing office, hall A",
        }))).As<JsonElement>();
        await training.Host.DeliverOutboxAsync();

        Assert.Equal([$"Changed for registration {registration} of Relocated seminar. It was at Shanghai office, room 3."], Mails(training, "of Relocated seminar"));
    }

    [Fact]
    public async Task Moving_an_event_tells_every_registrant_and_reminds_them_again_before_the_new_time()
    {
        await SaveTemplatesAsync(training);
        var id = await ScheduleAsync(training, Seminar(training, "Moved seminar", TimeSpan.FromHours(20), capacity: 1));
        var seated = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Moved Ma") });
        var waiting = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Moved Mo") });
        await RunRemindersAsync(training);

        var moved = await (await training.Admin.PutAsync($"{EventsApi}/{id}", Json.Body(Seminar(training, "Moved seminar", TimeSpan.FromDays(3), capacity: 1)))).As<JsonElement>();
        await training.Host.DeliverOutboxAsync();
        var told = Mails(training, "Changed for registration");
        await RunRemindersAsync(training);
        var notYet = Mails(training, "Reminder for registration").Count(m => m.Contains("Moved seminar"));
        training.Clock.Advance(TimeSpan.FromDays(2.5));
        await RunRemindersAsync(training);

        Assert.Equal(training.Clock.GetUtcNow().UtcDateTime.AddDays(0.5), moved.GetProperty("startsUtc").GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.Equal(new[] { $"Changed for registration {seated} of Moved seminar.", $"Changed for registration {waiting} of Moved seminar." }.Order(),
            told.Where(m => m.Contains("Moved seminar")).Select(m => m[..m.IndexOf(" It was", StringComparison.Ordinal)]));
        Assert.Equal(1, notYet);
        Assert.Equal([$"Reminder for registration {seated} of Moved seminar.", $"Reminder for registration {seated} of Moved seminar."],
            Mails(training, "Reminder for registration").Where(m => m.Contains("Moved seminar")));
    }

    [Fact]
    public async Task Cancelling_an_event_tells_its_registrants_why_and_closes_it()
    {
        await SaveTemplatesAsync(training);
        var (_, managerClient) = await training.UserAsync("cancelling.manager@example.test", CrmRole.Manager);
        var (_, repClient) = await training.UserAsync("cancelling.rep@example.test", CrmRole.Rep);
        var id = await ScheduleAsync(training, Seminar(training, "Cancelled seminar", TimeSpan.FromDays(5)));
        var registration = await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Told Tan") });
        await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, "Silent Su", consent: false) });

        var byRep = await repClient.Post($"{EventsApi}/{id}/cancel", new { reason = "no" });
        var cancelled = await (await managerClient.Post($"{EventsApi}/{id}/cancel", new { reason = "The speaker is ill" })).As<JsonElement>();
        await training.Host.DeliverOutboxAsync();
        var twice = await managerClient.Post($"{EventsApi}/{id}/cancel", new { });
        var edit = await training.Admin.PutAsync($"{EventsApi}/{id}", Json.Body(Seminar(training, "Cancelled seminar", TimeSpan.FromDays(6))));

        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);
        Assert.Equal(("cancelled", "The speaker is ill"), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("cancelReason").GetString()));
        Assert.Equal([$"Cancelled for registration {registration} of Cancelled seminar. Why: The speaker is ill."], Mails(training, "of Cancelled seminar"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
    }

    [Fact]
    public async Task More_seats_go_to_those_waiting_and_fewer_than_are_taken_are_refused()
    {
        await SaveTemplatesAsync(training);
        var id = await ScheduleAsync(training, Seminar(training, "Growing seminar", TimeSpan.FromDays(6), capacity: 2));
        var registrations = new List<long>();
        foreach (var name in new[] { "Grow One", "Grow Two", "Grow Three", "Grow Four" })
            registrations.Add(await RegisteredAsync(training.Admin, id, new { customerId = await CustomerAsync(training, name) }));

        var shrink = await training.Admin.PutAsync($"{EventsApi}/{id}", Json.Body(Seminar(training, "Growing seminar", TimeSpan.FromDays(6), capacity: 1)));
        var grown = await (await training.Admin.PutAsync($"{EventsApi}/{id}", Json.Body(Seminar(training, "Growing seminar", TimeSpan.FromDays(6), capacity: 3)))).As<JsonElement>();
        var unlimited = await (await training.Admin.PutAsync($"{EventsApi}/{id}", Json.Body(Seminar(training, "Growing seminar", TimeSpan.FromDays(6))))).As<JsonElement>();
        await training.Host.DeliverOutboxAsync();

        Assert.Equal(HttpStatusCode.Conflict, shrink.StatusCode);
        Assert.Equal($"event {id} has 2 confirmed registrants; the capacity cannot be less (cancel registrations first)", (await shrink.ProblemAsync()).Detail);
        Assert.Equal((3, 1, 0), (grown.GetProperty("registered").GetInt32(), grown.GetProperty("waiting").GetInt32(), grown.GetProperty("seatsLeft").GetInt32()));
        Assert.Equal((4, 0), (unlimited.GetProperty("registered").GetInt32(), unlimited.GetProperty("waiting").GetInt32()));
        Assert.Equal(new[] { $"Promoted for registration {registrations[2]} of Growing seminar.", $"Promoted for registration {registrations[3]} of Growing seminar." }.Order(),
            Mails(training, "of Growing seminar"));
    }
}
