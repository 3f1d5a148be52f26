using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Certificates;

/// <summary>Progress to completion, the certificate from the admin's template, and its public check until revoked.</summary>
public sealed class CertificateTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    private static object TwoLessons(string key) => new
    {
        key, title = "Care for your device", audience = "customers",
        lessons = new object[]
        {
            new { key = "clean", title = "Cleaning", kind = "text", body = "Use a dry cloth." },
            new { key = "manual", title = "The manual", kind = "document", document = "pulse-one-manual.pdf" },
        },
    };

    private async Task<(long Enrolment, long Customer)> EnrolledAsync(string course, string name)
    {
        var customer = await training.CustomerAsync(name);
        var batch = await (await training.Admin.Post($"{TrainingHost.Courses}/{course}/enrolments", new { customerId = customer })).As<JsonElement>();
        return (batch.GetProperty("enrolmentIds")[0].GetInt64(), customer);
    }

    private Task<HttpResponseMessage> DoneAsync(long enrolment, string lesson) =>
        training.Admin.PostAsync($"/api/training/enrolments/{enrolment}/lessons/{lesson}/done", null);

    [Fact]
    public async Task Doing_every_lesson_completes_the_course_and_issues_a_certificate_anyone_can_check()
    {
        await training.PublishedCourseAsync("care-a", TwoLessons("care-a"));
        var (enrolment, _) = await EnrolledAsync("care-a", "Mei Chen");

        var half = await (await DoneAsync(enrolment, "clean")).As<JsonElement>();
        var twice = await (await DoneAsync(enrolment, "clean")).As<JsonElement>();
        var whole = await (await DoneAsync(enrolment, "manual")).As<JsonElement>();
        var code = whole.GetProperty("certificate").GetProperty("code").GetString()!;
        var check = await (await training.Host.AnonymousClient().GetAsync($"/api/training/certificates/{code.ToLowerInvariant().Replace("-", "")}")).As<JsonElement>();
        var missing = await training.Host.AnonymousClient().GetAsync("/api/training/certificates/AAAA-BBBB-CCCC-DDDD");

        Assert.Equal((1, 50.0m, JsonValueKind.Null), (half.GetProperty("lessonsDone").GetInt32(), half.GetProperty("percent").GetDecimal(), half.GetProperty("completedUtc").ValueKind));
        Assert.Equal(1, twice.GetProperty("lessonsDone").GetInt32());
        Assert.Equal((2, 100.0m), (whole.GetProperty("lessonsDone").GetInt32(), whole.GetProperty("percent").GetDecimal()));
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        Assert.Equal((true, "Mei Chen", "Care for your device", code), (check.GetProperty("valid").GetBoolean(), check.GetProperty("learner").GetString(),
            check.GetProperty("course").GetString(), check.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_certificate_is_the_admins_document_template_and_an_admin_alone_revokes_it()
    {
        await (await training.Admin.PutAsJsonAsync("/api/templates/training.certificate", new
        {
            kind = "document", body = "CERTIFICATE\n{{ learner }} completed {{ course }} on {{ completed_utc | date.to_string '%Y-%m-%d' }}. Code {{ code }}.",
        }, Json.Options)).As<JsonElement>();
        await training.PublishedCourseAsync("care-b", TwoLessons("care-b"));
        var (enrolment, _) = await EnrolledAsync("care-b", "Tom Reed");
        await (await DoneAsync(enrolment, "clean")).As<JsonElement>();
        await (await DoneAsync(enrolment, "manual")).As<JsonElement>();
        var certificate = await (await training.Admin.GetAsync($"/api/training/enrolments/{enrolment}/certificate")).As<JsonElement>();
        var code = certificate.GetProperty("check").GetProperty("code").GetString()!;
        var (_, rep) = await training.UserAsync("revoke.rep@example.test", CrmRole.Rep);

        var byRep = await rep.Post($"/api/training/certificates/{code}/revoke", new { reason = "no" });
        var noReason = await training.Admin.Post($"/api/training/certificates/{code}/revoke", new { reason = "" });
        var revoked = await (await training.Admin.Post($"/api/training/certificates/{code}/revoke", new { reason = "Issued to the wrong person" })).As<JsonElement>();
        var check = await (await training.Host.AnonymousClient().GetAsync($"/api/training/certificates/{code}")).As<JsonElement>();

        Assert.Equal($"CERTIFICATE\nTom Reed completed Care for your device on {training.Clock.GetUtcNow():yyyy-MM-dd}. Code {code}.", certificate.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);
        Assert.Equal("is required, at most 500 characters: whoever checks the code reads it", Assert.Single((await noReason.ProblemAsync()).Errors!["reason"]));
        Assert.False(revoked.GetProperty("valid").GetBoolean());
        Assert.Equal((false, "Issued to the wrong person"), (check.GetProperty("valid").GetBoolean(), check.GetProperty("revokedReason").GetString()));
    }

    [Fact]
    public async Task A_quiz_is_not_marked_done_by_hand_and_a_lesson_must_be_in_the_learners_version()
    {
        await training.PublishedCourseAsync("care-c");
        var (enrolment, _) = await EnrolledAsync("care-c", "Quiz Dodger");

        var quiz = await DoneAsync(enrolment, "check");
        var unknown = await DoneAsync(enrolment, "nowhere");

        Assert.Equal(HttpStatusCode.Conflict, quiz.StatusCode);
        Assert.Equal("lesson 'check' is a quiz: it is done when an attempt passes it", (await quiz.ProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("version 1 of course 'care-c' has no lesson 'nowhere'", (await unknown.ProblemAsync()).Detail);
    }

    [Fact]
    public async Task A_certificate_template_that_cannot_render_leaves_the_built_in_wording_not_a_failed_completion()
    {
        var separate = new TrainingHost();
        await separate.InitializeAsync();
        try
        {
            // An admin saved the certificate as a message template: not a document, so it cannot be one.
            await (await separate.Admin.PutAsJsonAsync("/api/templates/training.certificate", new { kind = "message", body = "Subject: Well done\n\n{{ learner }}" }, Json.Options)).As<JsonElement>();
            await separate.PublishedCourseAsync("care-d", TwoLessons("care-d"));
            var customer = await separate.CustomerAsync("Ana Built-in");
            var enrolment = (await (await separate.Admin.Post($"{TrainingHost.Courses}/care-d/enrolments", new { customerId = customer })).As<JsonElement>()).GetProperty("enrolmentIds")[0].GetInt64();
            await (await separate.Admin.PostAsync($"/api/training/enrolments/{enrolment}/lessons/clean/done", null)).As<JsonElement>();
            var done = await separate.Admin.PostAsync($"/api/training/enrolments/{enrolment}/lessons/manual/done", null);
            var certificate = await (await separate.Admin.GetAsync($"/api/training/enrolments/{enrolment}/certificate")).As<JsonElement>();

            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.StartsWith("Certificate of completion\n\nAna Built-in completed the course \"Care for your device\"", certificate.GetProperty("text").GetString());
        }
        finally
        {
            await separate.DisposeAsync();
        }
    }
}
