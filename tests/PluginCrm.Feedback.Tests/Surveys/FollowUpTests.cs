using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Feedback.Tests.Support;
using static PluginCrm.Feedback.Tests.Surveys.SurveyHost;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary>
/// The loop closed on a fresh answer: a detractor gives the customer's owner a call-back task, a dissatisfied customer
/// is told to the owner's manager; a promoter, an old answer and an anonymous one set nothing off.
/// </summary>
public sealed class FollowUpTests : FeedbackTest
{
    [Fact]
    public async Task A_detractor_gives_the_owner_a_call_back_task_and_a_dissatisfied_answer_tells_its_manager()
    {
        await PublishedAsync(feedback);
        await feedback.SaveTemplateAsync("feedback.survey-dissatisfied", "Subject: CSAT {{ csat }} from customer {{ customer_id }}\n\n{{ survey }}");
        var team = await feedback.TeamAsync("east", reps: 1);
        var rep = team.Reps[0];
        var unhappy = await ConsentingCustomerAsync(feedback, "陈静", rep.Id);
        var happy = await ConsentingCustomerAsync(feedback, "Li Wei", rep.Id);

        (await AnswerAsync(feedback, await InviteAsync(feedback, unhappy), new { nps = 4, csat = 1, why = "Delivery took too long." })).EnsureSuccessStatusCode();
        (await AnswerAsync(feedback, await InviteAsync(feedback, happy), new { nps = 10, csat = 5 })).EnsureSuccessStatusCode();
        await feedback.Host.DeliverOutboxAsync();

        var tasks = (await (await rep.Client.GetAsync("/api/tasks?pageSize=100")).As<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        var task = Assert.Single(tasks);
        Assert.Equal(("Call back 陈静: NPS 4 on How was your delivery?", $"customer:{unhappy}", "high"),
            (task.GetProperty("subject").GetString(), task.GetProperty("relatedTo").GetString(), task.GetProperty("priority").GetString()));
        Assert.Contains("\"Delivery took too long.\"", task.GetProperty("notes").GetString());
        Assert.Equal([$"CSAT 1 from customer {unhappy}"], await feedback.InboxSubjectsAsync(team.Manager.Client));
        Assert.Empty(await feedback.InboxSubjectsAsync(rep.Client));
    }

    [Fact]
    public async Task An_answer_entered_weeks_later_is_kept_but_not_followed_up()
    {
        await PublishedAsync(feedback);
        var team = await feedback.TeamAsync("east", reps: 1);
        var customer = await ConsentingCustomerAsync(feedback, "陈静", team.Reps[0].Id);
        var answered = feedback.Clock.GetUtcNow().UtcDateTime.AddDays(-10);

        (await feedback.Admin.PostAsJsonAsync($"{SurveysApi}/after-delivery/answers", new { customerId = customer, channel = "phone", answeredUtc = answered, answers = new { nps = 0 } }, Json.Options))
            .EnsureSuccessStatusCode();

        Assert.Equal(0, (await (await team.Reps[0].Client.GetAsync("/api/tasks")).As<JsonElement>()).GetProperty("total").GetInt32());
    }
}
