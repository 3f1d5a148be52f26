using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Host.Tests.Tasks;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Day;

/// <summary><c>GET /api/me/day</c>: the signed-in user's own overdue and today's tasks, new leads, and the modules' sections.</summary>
[Collection(TaskCollection.Name)]
public sealed class MyDayTests(TaskWorld world)
{
    private static DateTime Utc(string text) => DateTime.Parse(text, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

    private async Task<string> TaskAsync(HttpClient client, string subject, string dueUtc, bool done = false) =>
        $"task:{(await world.TaskAsync(client, new { subject, dueUtc, done })).Id}";

    [Fact]
    public async Task My_day_holds_my_overdue_tasks_and_the_rest_of_todays_and_nobody_elses()
    {
        var (_, client) = await world.Host.ActAsAsync(CrmRole.Rep, world.East);
        // Now is 2026-01-05 09:00 UTC.
        var late = await TaskAsync(client, "Late", "2026-01-04T16:00:00Z");
        var later = await TaskAsync(client, "Later today", "2026-01-05T18:00:00Z");
        await TaskAsync(client, "Tomorrow", "2026-01-06T00:00:00Z");
        await TaskAsync(client, "Done already", "2026-01-05T10:00:00Z", done: true);
        var managers = await TaskAsync(world.EastManager.Client, "The manager's own", "2026-01-05T12:00:00Z");

        var day = await client.Get<DayAnswer>("/api/me/day");
        var managersDay = await world.EastManager.Client.Get<DayAnswer>("/api/me/day");

        Assert.Equal(("2026-01-05", "UTC", Utc("2026-01-05T00:00:00Z"), Utc("2026-01-06T00:00:00Z")), (day.Date, day.TimeZone, day.StartUtc, day.EndUtc));
        Assert.Equal([late], day.Records("overdue-tasks"));
        Assert.Equal([later], day.Records("today-tasks"));
        Assert.Equal(("Late", Utc("2026-01-04T16:00:00Z"), "normal priority"), day.Sections[0].Items.Select(i => (i.Title, i.DueUtc!.Value, i.Detail)).Single());
        // A manager's day is its own work, not its team's.
        Assert.Contains(managers, managersDay.Records("today-tasks"));
        Assert.DoesNotContain(managersDay.Sections.SelectMany(s => s.Items), i => i.Record == late || i.Record == later);
    }

    [Fact]
    public async Task Today_is_the_calendar_day_of_the_time_zone_asked_for()
    {
        var (_, client) = await world.Host.ActAsAsync(CrmRole.Rep, world.East);
        // 09:00 UTC is 17:00 in Shanghai (UTC+8) and 04:00 in New York (UTC-5), all on 5 January.
        var everywhere = await TaskAsync(client, "23:00 in Shanghai", "2026-01-05T15:00:00Z");
        var notShanghai = await TaskAsync(client, "04:00 on the 6th in Shanghai", "2026-01-05T20:00:00Z");
        var newYorkOnly = await TaskAsync(client, "22:00 in New York", "2026-01-06T03:00:00Z");

        var utc = await client.Get<DayAnswer>("/api/me/day");
        var shanghai = await client.Get<DayAnswer>("/api/me/day?tz=Asia/Shanghai");
        var newYork = await client.Get<DayAnswer>("/api/me/day?tz=America/New_York");

        Assert.Equal([everywhere, notShanghai], utc.Records("today-tasks"));
        Assert.Equal(("2026-01-05", "Asia/Shanghai", Utc("2026-01-04T16:00:00Z"), Utc("2026-01-05T16:00:00Z")), (shanghai.Date, shanghai.TimeZone, shanghai.StartUtc, shanghai.EndUtc));
        Assert.Equal([everywhere], shanghai.Records("today-tasks"));
        Assert.Equal((Utc("2026-01-05T05:00:00Z"), Utc("2026-01-06T05:00:00Z")), (newYork.StartUtc, newYork.EndUtc));
        Assert.Equal([everywhere, notShanghai, newYorkOnly], newYork.Records("today-tasks"));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../../etc/passwd")]
    public async Task An_unknown_time_zone_is_a_400_naming_tz(string tz)
    {
        var response = await world.EastRep.Client.GetAsync($"/api/me/day?tz={Uri.EscapeDataString(tz)}");

        Assert.Contains("is not a time zone", await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "tz"));
    }

    [Fact]
    public async Task A_new_lead_waits_in_my_day_until_its_customer_hears_from_me_after_i_got_it()
    {
        var (rep, client) = await world.Host.ActAsAsync(CrmRole.Rep, world.East);
        var quiet = await world.CustomerAsync(client, "Quiet Co");
        var answered = await world.CustomerAsync(client, "Answered Co");
        var earlier = await world.CustomerAsync(client, "Earlier Co");
        (await client.Post("/api/interactions", new { customerId = earlier.Id, kind = "call", occurredUtc = "2026-01-02T10:00:00Z", notes = "before the lead" })).EnsureSuccessStatusCode();
        var waiting = await (await client.Post("/api/leads", new { name = "Wang Fang", customerId = quiet.Id })).As<LeadRecord>();
        var replied = await (await client.Post("/api/leads", new { name = "Li Lei", customerId = answered.Id })).As<LeadRecord>();
        await client.Post("/api/leads", new { name = "Zhou Xun", status = "contacted" });
        var handed = await (await world.Admin.Post("/api/leads", new { name = "Qian Ming", customerId = earlier.Id, ownerId = world.EastRep2.User.Id })).As<LeadRecord>();
        (await world.Admin.Put($"/api/leads/{handed.Id}", handed with { OwnerId = rep.Id })).EnsureSuccessStatusCode();
        Assert.Contains($"lead:{replied.Id}", (await client.Get<DayAnswer>("/api/me/day")).Records("new-leads"));

        (await client.Post("/api/interactions", new { customerId = answered.Id, kind = "email", occurredUtc = "2026-01-05T09:00:00Z", notes = "replied" })).EnsureSuccessStatusCode();
        var day = await client.Get<DayAnswer>("/api/me/day");

        Assert.Equal([$"lead:{waiting.Id}", $"lead:{handed.Id}"], day.Records("new-leads"));
        Assert.Equal("Wang Fang", day.Sections.Single(s => s.Key == "new-leads").Items[0].Title);
        var inShanghai = (await client.Get<DayAnswer>("/api/me/day?tz=Asia/Shanghai")).Sections.Single(s => s.Key == "new-leads").Items[0];
        Assert.Equal($"new, yours since {waiting.CreatedUtc.AddHours(8):yyyy-MM-dd HH:mm} (Asia/Shanghai), no response yet", inShanghai.Detail);
    }

    [Fact]
    public async Task A_modules_section_is_in_the_day_while_the_module_is_on()
    {
        static List<string> Keys(DayAnswer day) => day.Sections.Select(s => s.Key).ToList();
        var on = await world.EastRep.Client.Get<DayAnswer>("/api/me/day");

        (await world.Admin.PostAsync("/api/plugins/feedback/disable", null)).EnsureSuccessStatusCode();
        List<string> off;
        try
        {
            off = Keys(await world.EastRep.Client.Get<DayAnswer>("/api/me/day"));
        }
        finally
        {
            (await world.Admin.PostAsync("/api/plugins/feedback/enable", null)).EnsureSuccessStatusCode();
        }

        Assert.Equal(["overdue-tasks", "today-tasks", "new-leads"], Keys(on)[..3]);
        Assert.Contains("lead-assignment.reclaim-soon", Keys(on));
        Assert.Equal("feedback", on.Sections.Single(s => s.Key == "feedback.my-open-complaints").Plugin);
        Assert.DoesNotContain("feedback.my-open-complaints", off);
        Assert.Contains("lead-assignment.reclaim-soon", off);
    }
}
