using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Tests.Support;
using static PluginCrm.Feedback.Tests.Surveys.SurveyHost;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary>With the training module installed, a customer who completes a course is asked the survey the settings name.</summary>
public sealed class AfterCourseTests : IAsyncLifetime
{
    private FeedbackHost feedback = null!;

    public async Task InitializeAsync() => feedback = await FeedbackHost.StartAsync(withTraining: true);

    public async Task DisposeAsync() => await feedback.DisposeAsync();

    [Fact]
    public async Task A_completed_course_asks_its_customer_and_a_member_of_staff_is_not_asked()
    {
        await PublishedAsync(feedback);
        (await feedback.Admin.PutAsJsonAsync("/api/plugins/feedback/settings", new { afterCourseSurvey = "after-delivery" }, Json.Options)).EnsureSuccessStatusCode();
        foreach (var audience in new[] { "customers", "staff" })
        {
            var course = new { key = $"care-{audience}", title = "Caring for your Pulse", audience, lessons = new[] { new { key = "read", title = "Read", kind = "text", body = "Read." } } };
            (await feedback.Admin.Post("/api/training/courses", course)).EnsureSuccessStatusCode();
            (await feedback.Admin.PostAsync($"/api/training/courses/care-{audience}/publish", null)).EnsureSuccessStatusCode();
        }
        var customer = await ConsentingCustomerAsync(feedback, "Course Taker");
        var staff = await feedback.Host.SignedInUserAsync("course.rep@example.test", Sdk.Access.CrmRole.Rep);

        foreach (var (course, learner) in new[] { ("care-customers", (object)new { customerId = customer }), ("care-staff", new { userId = staff.User.Id }) })
        {
            var enrolment = (await (await feedback.Admin.Post($"/api/training/courses/{course}/enrolments", learner)).As<JsonElement>()).GetProperty("enrolmentIds")[0].GetInt64();
            (await feedback.Admin.PostAsync($"/api/training/enrolments/{enrolment}/lessons/read/done", null)).EnsureSuccessStatusCode();
        }

        await feedback.Host.DeliverOutboxAsync(); // steps after commit run from the outbox

        await using var scope = feedback.Host.Services.CreateAsyncScope();
        var invitation = Assert.Single(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().Invitations);
        Assert.Equal((customer, "after-course"), (invitation.CustomerId, invitation.Wave));
        Assert.StartsWith("enrolment:", invitation.RelatedTo);
    }
}
