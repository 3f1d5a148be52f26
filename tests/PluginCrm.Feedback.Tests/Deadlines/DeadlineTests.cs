using PluginCrm.Feedback.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Feedback.Tests.Deadlines;

public sealed class DeadlineTests : FeedbackTest
{
    private Task<List<string>> Inbox(Person person) => feedback.InboxSubjectsAsync(person.Client);

    [Fact]
    public async Task Owner_and_manager_are_told_of_each_breach_once_even_after_two_runs_and_a_restart()
    {
        await feedback.SaveNoticeTemplatesAsync();
        var team = await feedback.TeamAsync("east", 1);
        var (owner, manager) = (team.Reps[0], team.Manager);
        var customer = await feedback.CustomerAsync("Wang Fang", owner.Id, team.Id);
        // Urgent: respond within 2 hours, resolve within 24, from now (09:00).
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "No heating", description = "d", priority = "urgent" });
        await feedback.Host.DeliverOutboxAsync();
        var assigned = $"Complaint {complaint.Id} is yours";
        var responseLate = $"Complaint {complaint.Id} is late (response)";
        Assert.Equal([assigned], await Inbox(owner));

        feedback.Clock.Advance(TimeSpan.FromHours(2)); // exactly at the deadline: not yet late
        await feedback.RunDeadlinesAsync();
        Assert.Equal([assigned], await Inbox(owner));
        Assert.Empty(await Inbox(manager));

        feedback.Clock.Advance(TimeSpan.FromMinutes(15));
        await feedback.RunDeadlinesAsync();
        await feedback.RunDeadlinesAsync();
        await feedback.RestartAsync(new ManualClock(feedback.Clock.GetUtcNow().AddMinutes(15)));
        (owner, manager) = (await feedback.SignInAsync(owner), await feedback.SignInAsync(manager));
        await feedback.RunDeadlinesAsync();

        Assert.Equal([responseLate, assigned], await Inbox(owner));
        Assert.Equal([responseLate], await Inbox(manager));
        var overdue = await (await feedback.Admin.GetAsync($"{FeedbackHost.Complaints}?overdue=true")).As<FeedbackHost.Page<ComplaintRecord>>();
        Assert.Equal([complaint.Id], overdue.Items.Select(c => c.Id));

        // Answered late, but never resolved: past 24 hours the resolution breach is told too, once.
        await (await feedback.ActAsync(feedback.Admin, complaint.Id, "respond", new { text = "Engineer booked", version = complaint.Version })).As<ComplaintRecord>();
        feedback.Clock.Advance(TimeSpan.FromHours(22));
        await feedback.RunDeadlinesAsync();
        await feedback.RunDeadlinesAsync();
        manager = await feedback.SignInAsync(manager);
        Assert.Equal([$"Complaint {complaint.Id} is late (resolution)", responseLate], await Inbox(manager));
    }

    [Fact]
    public async Task A_reopened_complaint_gets_a_new_resolution_deadline_and_its_breach_is_told_again()
    {
        await feedback.SaveNoticeTemplatesAsync();
        var team = await feedback.TeamAsync("west", 1);
        var owner = team.Reps[0];
        var customer = await feedback.CustomerAsync("Li Lei", owner.Id, team.Id);
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Leaking tap", description = "d", priority = "urgent" });
        feedback.Clock.Advance(TimeSpan.FromHours(25)); // response and resolution both late
        await feedback.RunDeadlinesAsync();

        var resolved = await (await feedback.ActAsync(feedback.Admin, complaint.Id, "resolve", new { resolution = "Washer replaced", version = complaint.Version })).As<ComplaintRecord>();
        feedback.Clock.Advance(TimeSpan.FromHours(1));
        var reopened = await (await feedback.ActAsync(feedback.Admin, complaint.Id, "reopen", new { reason = "Leaks again", version = resolved.Version })).As<ComplaintRecord>();
        var reopenedAt = feedback.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal((reopenedAt.AddHours(24), complaint.RespondByUtc), (reopened.ResolveByUtc, reopened.RespondByUtc));

        feedback.Clock.Advance(TimeSpan.FromHours(23));
        await feedback.RunDeadlinesAsync();
        Assert.Empty(await OverdueIds());
        feedback.Clock.Advance(TimeSpan.FromHours(2));
        await feedback.RunDeadlinesAsync();

        Assert.Equal([complaint.Id], await OverdueIds());
        var manager = await feedback.SignInAsync(team.Manager);
        var late = $"Complaint {complaint.Id} is late (resolution)";
        // Once for the first breach (occasion ...:resolution:0) and once after the reopening (...:resolution:1); the response breach once.
        Assert.Equal([late, late, $"Complaint {complaint.Id} is late (response)"], await feedback.InboxSubjectsAsync(manager.Client));
    }

    [Fact]
    public async Task An_unassigned_late_complaint_goes_to_every_active_admin()
    {
        await feedback.SaveNoticeTemplatesAsync();
        var boss = await feedback.Host.SignedInUserAsync("boss@example.test", CrmRole.Admin);
        var deputy = await feedback.Host.SignedInUserAsync("deputy@example.test", CrmRole.Admin);
        var team = await feedback.TeamAsync("north", 1);
        var customer = await feedback.CustomerAsync("Walk-in");
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Queue too long", description = "d", priority = "low" });

        feedback.Clock.Advance(TimeSpan.FromHours(49)); // low: 48 hours to respond
        await feedback.RunDeadlinesAsync();

        var late = $"Complaint {complaint.Id} is late (response)";
        Assert.Equal([late], await feedback.InboxSubjectsAsync((await feedback.SignInAsync(new Person(boss.User.Id, boss.User.Email, boss.Client))).Client));
        Assert.Equal([late], await feedback.InboxSubjectsAsync((await feedback.SignInAsync(new Person(deputy.User.Id, deputy.User.Email, deputy.Client))).Client));
        Assert.Empty(await feedback.InboxSubjectsAsync((await feedback.SignInAsync(team.Manager)).Client));
    }

    [Fact]
    public async Task Missing_templates_are_logged_and_neither_the_complaint_nor_the_job_fails()
    {
        var team = await feedback.TeamAsync("south", 1);
        var customer = await feedback.CustomerAsync("Zhao Min", team.Reps[0].Id, team.Id);
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Cold food", description = "d", priority = "high" });
        feedback.Clock.Advance(TimeSpan.FromHours(5));

        await feedback.RunDeadlinesAsync();

        Assert.NotEqual("failed", await feedback.JobOutcomeAsync("feedback.complaint-deadlines"));
        Assert.Empty(await feedback.InboxSubjectsAsync(team.Manager.Client));
        Assert.Contains($"not told complaint-assigned:{complaint.Id}:{team.Reps[0].Id}", feedback.LogText());
        Assert.Contains($"not told complaint-overdue:{complaint.Id}:response:0", feedback.LogText());
    }

    private async Task<IEnumerable<long>> OverdueIds() =>
        (await (await feedback.Admin.GetAsync($"{FeedbackHost.Complaints}?overdue=true")).As<FeedbackHost.Page<ComplaintRecord>>()).Items.Select(c => c.Id);
}
