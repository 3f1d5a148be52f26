using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Training.Contracts;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Timeline;

/// <summary>What the rest of the CRM reads of a customer's training: its timeline, and the module's contract.</summary>
public sealed class OtherModulesTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task The_customer_timeline_shows_enrolment_and_completion_and_the_contract_lists_completions()
    {
        await training.PublishedCourseAsync("timeline-a", new
        {
            key = "timeline-a", title = "Timeline course", audience = "customers",
            lessons = new object[] { new { key = "read", title = "Read", kind = "text", body = "Read." } },
        });
        var customer = await training.CustomerAsync("Timeline Learner");
        var enrolment = (await (await training.Admin.Post($"{TrainingHost.Courses}/timeline-a/enrolments", new { customerId = customer })).As<JsonElement>())
            .GetProperty("enrolmentIds")[0].GetInt64();
        training.Clock.Advance(TimeSpan.FromHours(3));
        var done = await (await training.Admin.PostAsync($"/api/training/enrolments/{enrolment}/lessons/read/done", null)).As<JsonElement>();

        var timeline = await (await training.Admin.GetAsync($"/api/customers/{customer}/timeline?kinds=training")).As<JsonElement>();
        await using var scope = training.Host.Services.CreateAsyncScope();
        var completions = await scope.ServiceProvider.GetRequiredService<ICustomerTraining>().CompletionsAsync(training.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);

        var code = done.GetProperty("certificate").GetProperty("code").GetString();
        Assert.Equal([("Completed Timeline course", $"certificate {code}"), ("Enrolled in Timeline course", "by customer")],
            timeline.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("title").GetString(), e.GetProperty("detail").GetString())));
        var completion = Assert.Single(completions!, c => c.CustomerId == customer);
        Assert.Equal(("timeline-a", 1, enrolment), (completion.Course, completion.Version, completion.Id));
        Assert.Equal(TimeSpan.FromHours(3), completion.CompletedUtc - completion.EnrolledUtc);
    }
}
