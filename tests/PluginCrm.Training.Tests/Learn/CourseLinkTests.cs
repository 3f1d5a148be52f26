using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Learn;

/// <summary>A customer without an account learns through its personal link, which opens its own enrolment and nothing else.</summary>
public sealed class CourseLinkTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    private static object OneLesson(string key) => new
    {
        key, title = "Set up your Pulse", audience = "customers",
        lessons = new object[] { new { key = "unbox", title = "Unboxing", kind = "text", body = "Open the box." } },
    };

    private async Task<string> LinkAsync(HttpClient client, string course, long customerId) =>
        (await (await client.Post($"{TrainingHost.Courses}/{course}/links", new { customerId })).As<JsonElement>()).GetProperty("token").GetString()!;

    [Fact]
    public async Task The_customer_enrols_with_its_own_address_learns_and_gets_its_certificate()
    {
        await training.PublishedCourseAsync("link-a", OneLesson("link-a"));
        var customer = await training.CustomerAsync("Ada Link", email: "ada@example.test");
        var token = await LinkAsync(training.Admin, "link-a", customer);
        var anonymous = training.Host.AnonymousClient();

        var outline = await (await anonymous.GetAsync($"/api/training/learn/{token}")).As<JsonElement>();
        var notYet = await anonymous.PostAsync($"/api/training/learn/{token}/lessons/unbox/done", null);
        var forwarded = await anonymous.PostAsJsonAsync($"/api/training/learn/{token}/enrol", new { email = "colleague@example.test" });
        var enrolled = await (await anonymous.PostAsJsonAsync($"/api/training/learn/{token}/enrol", new { email = "ADA@example.test " })).As<JsonElement>();
        var done = await (await anonymous.PostAsync($"/api/training/learn/{token}/lessons/unbox/done", null)).As<JsonElement>();
        var certificate = await (await anonymous.GetAsync($"/api/training/learn/{token}/certificate")).As<JsonElement>();

        Assert.False(outline.GetProperty("enrolled").GetBoolean());
        Assert.Equal("Set up your Pulse", outline.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forwarded.StatusCode);
        Assert.Equal("this link was made for another learner: ask for a link of your own", (await forwarded.ProblemAsync()).Detail);
        Assert.Equal(("link", customer), (enrolled.GetProperty("source").GetString(), enrolled.GetProperty("customerId").GetInt64()));
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("completedUtc").ValueKind);
        Assert.Equal("Ada Link", certificate.GetProperty("check").GetProperty("learner").GetString());
        // The certificate's check link is the host's own address as it listens (no PublicBase set), and opens as given.
        using var checker = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await checker.GetAsync(certificate.GetProperty("verifyUrl").GetString())).StatusCode);
    }

    [Fact]
    public async Task A_changed_or_expired_link_opens_nothing_and_a_rep_links_only_its_own_customers()
    {
        await training.PublishedCourseAsync("link-b", OneLesson("link-b"));
        var (rep, repClient) = await training.UserAsync("link.rep@example.test", CrmRole.Rep);
        var (_, otherClient) = await training.UserAsync("link.other@example.test", CrmRole.Rep);
        var customer = await training.CustomerAsync("Bo Link", rep.Id, email: "bo@example.test");
        var token = await LinkAsync(repClient, "link-b", customer);
        var anonymous = training.Host.AnonymousClient();

        var tampered = await anonymous.GetAsync($"/api/training/learn/{token[..^1]}{(token[^1] == 'A' ? 'B' : 'A')}");
        var others = await otherClient.Post($"{TrainingHost.Courses}/link-b/links", new { customerId = customer });
        var noAddress = await repClient.Post($"{TrainingHost.Courses}/link-b/links", new { customerId = await training.CustomerAsync("No Address", rep.Id) });
        training.Clock.Advance(TimeSpan.FromDays(61)); // links last 60 days by default
        var expired = await anonymous.GetAsync($"/api/training/learn/{token}");

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.StartsWith("customer ", Assert.Single((await noAddress.ProblemAsync()).Errors!["customerId"]));
        Assert.Equal(HttpStatusCode.Conflict, expired.StatusCode);
        Assert.StartsWith("this link expired on ", (await expired.ProblemAsync()).Detail);
    }

    [Fact]
    public async Task A_retired_course_takes_no_one_new_through_a_link_made_before()
    {
        await training.PublishedCourseAsync("link-c", OneLesson("link-c"));
        var customer = await training.CustomerAsync("Late Link", email: "late@example.test");
        var token = await LinkAsync(training.Admin, "link-c", customer);
        await (await training.Admin.PostAsync($"{TrainingHost.Courses}/link-c/retire", null)).As<JsonElement>();

        var refused = await training.Host.AnonymousClient().PostAsJsonAsync($"/api/training/learn/{token}/enrol", new { email = "late@example.test" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("the course 'Set up your Pulse' takes no new learners now", (await refused.ProblemAsync()).Detail);
    }
}
