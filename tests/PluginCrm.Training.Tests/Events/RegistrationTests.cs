using System.Net;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Tests.Support;
using static PluginCrm.Training.Tests.Events.EventSteps;

namespace PluginCrm.Training.Tests.Events;

/// <summary>Who registers whom, the seats and the waiting list, and attendance.</summary>
public sealed class RegistrationTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task Beyond_capacity_registrants_wait_in_order_and_a_seat_given_up_goes_to_the_first_waiting()
    {
        await SaveTemplatesAsync(training, "training.event-promoted");
        var id = await ScheduleAsync(training, Seminar(training, "Full house seminar", TimeSpan.FromDays(3), capacity: 2));
        var customers = new List<long>();
        foreach (var name in new[] { "Seat One", "Seat Two", "Queue One", "Queue Two" })
            customers.Add(await CustomerAsync(training, name));
        var registrations = new List<JsonElement>();
        foreach (var customer in customers)
            registrations.Add(await (await RegisterAsync(training.Admin, id, new { customerId = customer })).As<JsonElement>());
        var full = await ShowAsync(training, id);

        var givenUp = await (await training.Admin.PostAsync($"{EventsApi}/{id}/registrations/{Id(registrations[0])}/cancel", null)).As<JsonElement>();
        await training.Host.DeliverOutboxAsync();
        var again = await (await RegisterAsync(training.Admin, id, new { customerId = customers[0] })).As<JsonElement>();
        var after = await ShowAsync(training, id);
        var listed = await (await training.Admin.GetAsync($"{EventsApi}/{id}/registrations?status=waiting")).As<JsonElement>();

        Assert.Equal(["confirmed", "confirmed", "waiting", "waiting"], registrations.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([null, null, 1, 2], registrations.Select(r => r.GetProperty("waitingPosition").ValueKind == JsonValueKind.Null ? (int?)null : r.GetProperty("waitingPosition").GetInt32()));
        Assert.Equal((2, 2, 0), (full.GetProperty("registered").GetInt32(), full.GetProperty("waiting").GetInt32(), full.GetProperty("seatsLeft").GetInt32()));
        Assert.Equal("cancelled", givenUp.GetProperty("status").GetString());
        Assert.Equal("confirmed", (await RegistrationAsync(training, id, Id(registrations[2]))).GetProperty("status").GetString());
        // The one who gave up its seat comes back at the end of the queue.
        Assert.Equal(("waiting", 2), (again.GetProperty("status").GetString(), again.GetProperty("waitingPosition").GetInt32()));
        Assert.Equal([Id(registrations[3]), Id(again)], listed.GetProperty("items").EnumerateArray().Select(Id));
        Assert.Equal((2, 2), (after.GetProperty("registered").GetInt32(), after.GetProperty("waiting").GetInt32()));
        Assert.Equal([$"Promoted for registration {Id(registrations[2])} of Full house seminar."], Mails(training, "of Full house seminar"));
    }

    [Fact]
    public async Task A_rep_registers_its_own_customers_and_sees_only_their_registrations()
    {
        var teamId = await training.Host.CreateTeamAsync("Event reps");
        var (ann, annClient) = await training.UserAsync("event.ann@example.test", CrmRole.Rep, teamId);
        var (bob, bobClient) = await training.UserAsync("event.bob@example.test", CrmRole.Rep, teamId);
        var annsCustomer = await CustomerAsync(training, "Anns Customer", ownerId: ann.Id);
        var bobsCustomer = await CustomerAsync(training, "Bobs Customer", ownerId: bob.Id);
        var id = await ScheduleAsync(training, Seminar(training, "Reps' seminar", TimeSpan.FromDays(2)));

        var own = await RegisterAsync(annClient, id, new { customerId = annsCustomer });
        var others = await RegisterAsync(annClient, id, new { customerId = bobsCustomer });
        var bobsRegistration = await RegisteredAsync(bobClient, id, new { customerId = bobsCustomer });
        var cancelOthers = await annClient.PostAsync($"{EventsApi}/{id}/registrations/{bobsRegistration}/cancel", null);
        var showOthers = await annClient.GetAsync($"{EventsApi}/{id}/registrations/{bobsRegistration}");
        var listed = await (await annClient.GetAsync($"{EventsApi}/{id}/registrations")).As<JsonElement>();
        var schedule = await annClient.Post(EventsApi, Seminar(training, "A rep's own seminar", TimeSpan.FromDays(2)));
        var calendar = await (await annClient.GetAsync($"{EventsApi}/{id}")).As<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancelOthers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, showOthers.StatusCode);
        Assert.Equal([annsCustomer], listed.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("customerId").GetInt64()));
        Assert.Equal(HttpStatusCode.Forbidden, schedule.StatusCode);
        Assert.Equal(2, calendar.GetProperty("registered").GetInt32()); // everyone reads the event and its counts
    }

    [Fact]
    public async Task Staff_register_for_a_staff_event_themselves_or_by_their_manager()
    {
        var teamId = await training.Host.CreateTeamAsync("Skills team");
        var (_, managerClient) = await training.UserAsync("event.skills.manager@example.test", CrmRole.Manager, teamId);
        var (rep, repClient) = await training.UserAsync("event.skills.rep@example.test", CrmRole.Rep, teamId);
        var (mate, _) = await training.UserAsync("event.skills.mate@example.test", CrmRole.Rep, teamId);
        var customer = await CustomerAsync(training, "Not Staff");
        var id = await ScheduleAsync(training, Seminar(training, "Complaint handling meetup", TimeSpan.FromDays(4), audience: "staff"));

        var itself = await RegisterAsync(repClient, id, new { userId = rep.Id });
        var aMate = await RegisterAsync(repClient, id, new { userId = mate.Id });
        var byManager = await RegisterAsync(managerClient, id, new { userId = mate.Id });
        var aCustomer = await RegisterAsync(training.Admin, id, new { customerId = customer });

        Assert.Equal(HttpStatusCode.Created, itself.StatusCode);
        Assert.Contains(aMate.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.Equal(HttpStatusCode.Created, byManager.StatusCode);
        Assert.Equal($"event {id} is for staff: register a user", Assert.Single((await aCustomer.ProblemAsync()).Errors!["customerId"]));
    }

    [Fact]
    public async Task Registering_twice_or_for_a_past_or_cancelled_event_is_a_conflict()
    {
        var customer = await CustomerAsync(training, "Keen Kang");
        var soon = await ScheduleAsync(training, Seminar(training, "Soon seminar", TimeSpan.FromHours(1)));
        var called = await ScheduleAsync(training, Seminar(training, "Called-off seminar", TimeSpan.FromDays(1)));
        var first = await RegisteredAsync(training.Admin, soon, new { customerId = customer });
        var twice = await RegisterAsync(training.Admin, soon, new { customerId = customer });
        await (await training.Admin.PostAsync($"{EventsApi}/{called}/cancel", null)).As<JsonElement>();
        var cancelled = await RegisterAsync(training.Admin, called, new { customerId = customer });
        training.Clock.Advance(TimeSpan.FromHours(2));
        var past = await RegisterAsync(training.Admin, soon, new { customerId = await CustomerAsync(training, "Late Liu") });
        var giveUpLate = await training.Admin.PostAsync($"{EventsApi}/{soon}/registrations/{first}/cancel", null);

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal($"customer {customer} is registered for event {soon} already (registration {first}, confirmed)", (await twice.ProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.Conflict, cancelled.StatusCode);
        Assert.Equal($"event {called} is cancelled", (await cancelled.ProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.Conflict, past.StatusCode);
        Assert.EndsWith("registration is closed", (await past.ProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.Conflict, giveUpLate.StatusCode);
    }

    [Fact]
    public async Task Attendance_is_marked_for_a_seat_once_the_event_started()
    {
        var (rep, repClient) = await training.UserAsync("event.attendance.rep@example.test", CrmRole.Rep);
        var (_, otherClient) = await training.UserAsync("event.attendance.other@example.test", CrmRole.Rep);
        var id = await ScheduleAsync(training, Seminar(training, "Attended seminar", TimeSpan.FromHours(3), capacity: 2));
        var registrations = new List<long>();
        foreach (var name in new[] { "Came Cao", "Absent An", "Waited Wei" })
            registrations.Add(await RegisteredAsync(repClient, id, new { customerId = await CustomerAsync(training, name, ownerId: rep.Id) }));

        var tooSoon = await AttendAsync(repClient, id, registrations[0], "attended");
        training.Clock.Advance(TimeSpan.FromHours(4));
        var came = await (await AttendAsync(repClient, id, registrations[0], "attended")).As<JsonElement>();
        var absent = await (await AttendAsync(repClient, id, registrations[1], "no-show")).As<JsonElement>();
        var waited = await AttendAsync(repClient, id, registrations[2], "attended");
        var notTheirs = await AttendAsync(otherClient, id, registrations[0], "no-show");
        var counts = await ShowAsync(training, id);

        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        Assert.EndsWith("attendance is marked once it started", (await tooSoon.ProblemAsync()).Detail);
        Assert.Equal(("attended", "no-show"), (came.GetProperty("attendance").GetString(), absent.GetProperty("attendance").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, waited.StatusCode);
        Assert.Equal($"registration {registrations[2]} is waiting: only a registrant with a seat attends", (await waited.ProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal((2, 1, 1, 1), (counts.GetProperty("registered").GetInt32(), counts.GetProperty("waiting").GetInt32(),
            counts.GetProperty("attended").GetInt32(), counts.GetProperty("noShows").GetInt32()));
    }
}
