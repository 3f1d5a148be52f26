using System.Net;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Enrolments;

/// <summary>Who may enrol whom, in which version, and what a learner must have done first.</summary>
public sealed class EnrolmentTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    private const string Courses = TrainingHost.Courses;

    private static async Task<JsonElement> EnrolAsync(HttpClient client, string course, object who) =>
        await (await client.Post($"{Courses}/{course}/enrolments", who)).As<JsonElement>();

    [Fact]
    public async Task A_learner_keeps_the_version_it_started_and_a_new_learner_gets_the_new_one()
    {
        await training.PublishedCourseAsync("keep-version");
        var early = await training.CustomerAsync("Early Learner");
        var late = await training.CustomerAsync("Late Learner");
        var earlyId = (await EnrolAsync(training.Admin, "keep-version", new { customerId = early })).GetProperty("enrolmentIds")[0].GetInt64();
        await (await training.Admin.PutAsync($"{Courses}/keep-version", Json.Body(new
        {
            key = "keep-version", title = "Getting started, shorter", audience = "customers",
            lessons = new object[] { new { key = "only", title = "All in one", kind = "text", body = "Everything." } },
        }))).As<JsonElement>();
        await (await training.Admin.PostAsync($"{Courses}/keep-version/publish", null)).As<JsonElement>();
        var lateId = (await EnrolAsync(training.Admin, "keep-version", new { customerId = late })).GetProperty("enrolmentIds")[0].GetInt64();

        var earlyView = await (await training.Admin.GetAsync($"/api/training/enrolments/{earlyId}")).As<JsonElement>();
        var lateView = await (await training.Admin.GetAsync($"/api/training/enrolments/{lateId}")).As<JsonElement>();

        Assert.Equal((1, "Getting started", 3), (earlyView.GetProperty("version").GetInt32(), earlyView.GetProperty("courseTitle").GetString(), earlyView.GetProperty("lessonsTotal").GetInt32()));
        Assert.Equal(["welcome", "tour", "check"], earlyView.GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("key").GetString()));
        Assert.Equal((2, "Getting started, shorter", 1), (lateView.GetProperty("version").GetInt32(), lateView.GetProperty("courseTitle").GetString(), lateView.GetProperty("lessonsTotal").GetInt32()));
        // The learner sees the quiz's questions, never its answers.
        var question = earlyView.GetProperty("lessons")[2].GetProperty("quiz").GetProperty("questions")[0];
        Assert.False(question.TryGetProperty("correct", out _));
        Assert.Equal(["green", "red"], question.GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_rep_enrols_its_own_customers_only_and_a_learner_only_once()
    {
        await training.PublishedCourseAsync("rep-enrols");
        var teamId = await training.Host.CreateTeamAsync("Enrolling team");
        var (ann, annClient) = await training.UserAsync("enrol.ann@example.test", CrmRole.Rep, teamId);
        var (bob, _) = await training.UserAsync("enrol.bob@example.test", CrmRole.Rep, teamId);
        var annsCustomer = await training.CustomerAsync("Ann's customer", ann.Id);
        var bobsCustomer = await training.CustomerAsync("Bob's customer", bob.Id);

        var own = await annClient.Post($"{Courses}/rep-enrols/enrolments", new { customerId = annsCustomer });
        var twice = await annClient.Post($"{Courses}/rep-enrols/enrolments", new { customerId = annsCustomer });
        var others = await annClient.Post($"{Courses}/rep-enrols/enrolments", new { customerId = bobsCustomer });
        var staff = await annClient.Post($"{Courses}/rep-enrols/enrolments", new { userId = ann.Id });
        var two = await annClient.Post($"{Courses}/rep-enrols/enrolments", new { customerId = annsCustomer, userId = ann.Id });

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.StartsWith($"customer {annsCustomer} is enrolled in 'rep-enrols' already", (await twice.ProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Equal("course 'rep-enrols' is for customers: enrol a customer, a company's contacts or a segment", Assert.Single((await staff.ProblemAsync()).Errors!["userId"]));
        Assert.Equal("name exactly one of customerId, companyId, filters, userId, teamId", Assert.Single((await two.ProblemAsync()).Errors!["userId"]));
        var listed = await (await annClient.GetAsync("/api/training/enrolments?course=rep-enrols")).As<JsonElement>();
        Assert.Equal([annsCustomer], listed.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("customerId").GetInt64()));
    }

    [Fact]
    public async Task A_company_or_a_segment_enrols_the_customers_the_caller_may_change()
    {
        await training.PublishedCourseAsync("group-enrols");
        var company = (await (await training.Admin.Post("/api/companies", new { name = "Pulse Trading" })).As<JsonElement>()).GetProperty("id").GetInt64();
        var (rep, repClient) = await training.UserAsync("group.rep@example.test", CrmRole.Rep);
        await training.CustomerAsync("Pulse buyer", rep.Id, companyId: company);
        await training.CustomerAsync("Pulse engineer", rep.Id, companyId: company);
        await training.CustomerAsync("Pulse boss", companyId: company); // the admin's
        await (await training.Admin.Post("/api/customers", new { name = "Tagged one", ownerId = rep.Id, tags = new[] { "trainees" } })).As<JsonElement>();

        var byCompany = await EnrolAsync(repClient, "group-enrols", new { companyId = company });
        var bySegment = await EnrolAsync(repClient, "group-enrols", new { filters = new Dictionary<string, string> { ["tag"] = "trainees" } });
        var again = await EnrolAsync(training.Admin, "group-enrols", new { companyId = company });

        Assert.Equal(("company", 2, 2), (byCompany.GetProperty("source").GetString(), byCompany.GetProperty("matched").GetInt32(), byCompany.GetProperty("enrolled").GetInt32()));
        Assert.Equal(("segment", 1, 1), (bySegment.GetProperty("source").GetString(), bySegment.GetProperty("matched").GetInt32(), bySegment.GetProperty("enrolled").GetInt32()));
        Assert.Equal((3, 1, 2), (again.GetProperty("matched").GetInt32(), again.GetProperty("enrolled").GetInt32(), again.GetProperty("alreadyEnrolled").GetInt32()));
    }

    [Fact]
    public async Task A_manager_enrols_its_team_in_a_staff_course_and_a_rep_only_itself()
    {
        await training.PublishedCourseAsync("service-skills", TrainingHost.Course("service-skills", "Handling a complaint", audience: "staff"));
        var teamId = await training.Host.CreateTeamAsync("Service team");
        var otherTeam = await training.Host.CreateTeamAsync("Other team");
        var (_, managerClient) = await training.UserAsync("skills.manager@example.test", CrmRole.Manager, teamId);
        var (rep, repClient) = await training.UserAsync("skills.rep@example.test", CrmRole.Rep, teamId);
        var (outsider, _) = await training.UserAsync("skills.outsider@example.test", CrmRole.Rep, otherTeam);

        var team = await EnrolAsync(managerClient, "service-skills", new { teamId });
        var foreignTeam = await managerClient.Post($"{Courses}/service-skills/enrolments", new { teamId = otherTeam });
        var repOther = await repClient.Post($"{Courses}/service-skills/enrolments", new { userId = outsider.Id });
        var mine = await (await repClient.GetAsync("/api/training/me")).As<JsonElement>();

        Assert.Equal((2, 2), (team.GetProperty("matched").GetInt32(), team.GetProperty("enrolled").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, foreignTeam.StatusCode);
        Assert.NotEqual(HttpStatusCode.Created, repOther.StatusCode);
        Assert.Equal([rep.Id], mine.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("userId").GetInt64()));
    }

    [Fact]
    public async Task A_learner_must_complete_the_prerequisites_first()
    {
        await training.PublishedCourseAsync("first-steps", new
        {
            key = "first-steps", title = "First steps", audience = "customers",
            lessons = new object[] { new { key = "read", title = "Read me", kind = "text", body = "Read." } },
        });
        await training.PublishedCourseAsync("next-steps", TrainingHost.Course("next-steps", "Next steps", prerequisites: ["first-steps"]));
        var customer = await training.CustomerAsync("Eager Learner");

        var tooSoon = await training.Admin.Post($"{Courses}/next-steps/enrolments", new { customerId = customer });
        var first = (await EnrolAsync(training.Admin, "first-steps", new { customerId = customer })).GetProperty("enrolmentIds")[0].GetInt64();
        var done = await (await training.Admin.PostAsync($"/api/training/enrolments/{first}/lessons/read/done", null)).As<JsonElement>();
        var now = await training.Admin.Post($"{Courses}/next-steps/enrolments", new { customerId = customer });

        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        Assert.Equal($"customer {customer} has not completed 'first-steps', which 'next-steps' requires", (await tooSoon.ProblemAsync()).Detail);
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("completedUtc").ValueKind);
        Assert.Equal(HttpStatusCode.Created, now.StatusCode);
    }
}
