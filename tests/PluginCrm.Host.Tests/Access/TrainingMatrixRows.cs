using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Sdk.Testing;
using PluginCrm.Sdk.Testing.Access;

namespace PluginCrm.Host.Tests.Access;

/// <summary>
/// Training in the matrix: admins define, publish and retire courses; anyone signed in reads the catalogue. An enrolment
/// of a customer belongs to whoever reads and changes that customer, one of a member of staff to the learner, its manager
/// and admins. Reports hold figures, except those that name learners. A course link and a certificate's check need no
/// account: the token and the code are their credentials (the training tests try bad ones).
/// </summary>
public static class TrainingMatrixRows
{
    private const string Courses = "/api/training/courses";
    private const string Enrolments = "/api/training/enrolments";
    private const string Events = "/api/training/events";

    public static async Task AddAsync(AccessMatrix m, ManualClock clock)
    {
        var owners = Expect.Record(Expect.OwnersSide);
        var admin = Expect.Role(Actor.Admin);
        var course = await CourseAsync(m, publish: true);

        m.Row($"POST {Courses}", admin, _ => Task.FromResult(MatrixRequest.Post(Courses, Definition(Key()))));
        m.Row($"GET {Courses}", Expect.SignedIn(), MatrixRequest.Get(Courses));
        m.Row($"GET {Courses}/{{key}}", Expect.SignedIn(), MatrixRequest.Get($"{Courses}/{course}"));
        foreach (var (verb, path, body) in new (string, string, object?)[]
        {
            ("PUT", "", null), ("POST", "/publish", null), ("POST", "/retire", null),
            ("POST", "/lessons", new { key = "more", title = "More", kind = "text", body = "More." }),
            ("POST", "/questions", new { lesson = "check", key = "extra", type = "truefalse", text = "True?", correct = new[] { "true" } }),
        })
            m.Row($"{verb} {Courses}/{{key}}{path}", admin, async _ =>
            {
                var key = await CourseAsync(m, publish: path == "/retire");
                return verb == "PUT" ? MatrixRequest.Put($"{Courses}/{key}", Definition(key), witness: $"{Courses}/{key}")
                    : MatrixRequest.Post($"{Courses}/{key}{path}", body, witness: $"{Courses}/{key}");
            });

        // Enrolling needs the learner: a fresh customer of the owner's, or the owner itself in a fresh staff course.
        m.Row($"POST {Courses}/{{key}}/enrolments", owners, async _ =>
            MatrixRequest.Post($"{Courses}/{course}/enrolments", new { customerId = await CustomerAsync(m) }, witness: $"{Courses}/{course}"));
        m.Row($"POST {Courses}/{{key}}/links", owners, async _ =>
            MatrixRequest.Post($"{Courses}/{course}/links", new { customerId = await CustomerAsync(m) }));
        var secretCustomer = await CustomerAsync(m);
        var secretEnrolment = await EnrolAsync(m, course, secretCustomer);
        var customerMarker = $"\"customerId\":{secretCustomer}";
        m.Row($"GET {Enrolments}", Expect.List(Expect.OwnersSide).Showing(customerMarker), MatrixRequest.Get($"{Enrolments}?pageSize=500"));
        m.Row($"GET {Enrolments}/{{id:long}}", owners, MatrixRequest.Get($"{Enrolments}/{secretEnrolment}"));
        m.Row($"GET {Enrolments}/{{id:long}}/next", owners, MatrixRequest.Get($"{Enrolments}/{secretEnrolment}/next"));
        // Each call its own enrolment: a lesson done or a quiz passed stays so.
        m.Row($"POST {Enrolments}/{{id:long}}/lessons/{{lesson}}/done", owners, async _ => Fresh(await EnrolAsync(m, course, await CustomerAsync(m)), "/lessons/read/done"));
        m.Row($"POST {Enrolments}/{{id:long}}/next/done", owners, async _ => Fresh(await EnrolAsync(m, course, await CustomerAsync(m)), "/next/done"));
        m.Row($"POST {Enrolments}/{{id:long}}/quizzes/{{lesson}}/attempts", owners, async _ =>
            Fresh(await EnrolAsync(m, course, await CustomerAsync(m)), "/quizzes/check/attempts", new { answers = new { sure = "true" } }));
        m.Row($"POST {Enrolments}/{{id:long}}/next/answers", owners, async _ =>
        {
            var enrolment = await EnrolAsync(m, course, await CustomerAsync(m));
            (await m.Admin.PostAsync($"{Enrolments}/{enrolment}/next/done", null)).EnsureSuccessStatusCode();
            return Fresh(enrolment, "/next/answers", new { sure = "true" });
        });
        m.Row($"GET {Enrolments}/{{id:long}}/certificate", owners, async _ => MatrixRequest.Get($"{Enrolments}/{await CompletedAsync(m, course)}/certificate"));
        m.Row("POST /api/training/certificates/{code}/revoke", admin, async _ =>
        {
            var certificate = await m.ReadAsync<JsonElement>($"{Enrolments}/{await CompletedAsync(m, course)}/certificate");
            var code = certificate.GetProperty("check").GetProperty("code").GetString();
            return MatrixRequest.Post($"/api/training/certificates/{code}/revoke", new { reason = "matrix" }, witness: $"/api/training/certificates/{code}");
        });
        m.Row("GET /api/training/me", Expect.SignedIn(), MatrixRequest.Get("/api/training/me"));
        m.Open("GET /api/training/certificates/{code}").Open("GET /api/training/learn/{token}").Open("POST /api/training/learn/{token}/enrol")
            .Open("POST /api/training/learn/{token}/lessons/{lesson}/done").Open("POST /api/training/learn/{token}/quizzes/{lesson}/attempts")
            .Open("GET /api/training/learn/{token}/certificate");

        // Figures only; the report tests check who counts what. The learners' report and the completions name customers.
        foreach (var report in new[] { "courses", "teams", "courses/{key}/items" })
            m.Row($"GET /api/training/reports/{report}", Expect.SignedIn(), MatrixRequest.Get($"/api/training/reports/{report.Replace("{key}", course)}"));
        m.Row("GET /api/training/reports/churn", Expect.SignedIn(), MatrixRequest.Get("/api/training/reports/churn?from=2026-01-01"));
        await CompleteAsync(m, secretEnrolment);
        m.Row("GET /api/training/reports/learners", Expect.List(Expect.OwnersSide), MatrixRequest.Get("/api/training/reports/learners"));
        m.Row("GET /api/training/reports/completions", Expect.List(Expect.OwnersSide).Showing(customerMarker), MatrixRequest.Get("/api/training/reports/completions"));
        await AddEventsAsync(m, clock, secretCustomer, customerMarker);
    }

    // Managers and admins schedule events; registering, cancelling a seat and marking attendance go with the learner.
    private static async Task AddEventsAsync(AccessMatrix m, ManualClock clock, long secretCustomer, string customerMarker)
    {
        var managers = Expect.Role(Expect.Managers);
        var owners = Expect.Record(Expect.OwnersSide);
        var evening = await EventAsync(m, clock, TimeSpan.FromDays(3));
        m.Row($"POST {Events}", managers, _ => Task.FromResult(MatrixRequest.Post(Events, Event(clock, TimeSpan.FromDays(4)))));
        m.Row($"GET {Events}", Expect.SignedIn(), MatrixRequest.Get(Events));
        m.Row($"GET {Events}/{{id:long}}", Expect.SignedIn(), MatrixRequest.Get($"{Events}/{evening}"));
        m.Row($"PUT {Events}/{{id:long}}", managers, async _ =>
        {
            var id = await EventAsync(m, clock, TimeSpan.FromDays(5));
            return MatrixRequest.Put($"{Events}/{id}", Event(clock, TimeSpan.FromDays(6)), witness: $"{Events}/{id}");
        });
        m.Row($"POST {Events}/{{id:long}}/cancel", managers, async _ =>
        {
            var id = await EventAsync(m, clock, TimeSpan.FromDays(5));
            return MatrixRequest.Post($"{Events}/{id}/cancel", new { reason = "matrix" }, witness: $"{Events}/{id}");
        });
        m.Row($"POST {Events}/{{id:long}}/registrations", owners, async _ =>
            MatrixRequest.Post($"{Events}/{evening}/registrations", new { customerId = await CustomerAsync(m) }, witness: $"{Events}/{evening}"));
        var seat = await m.CreateAsync(m.Admin, $"{Events}/{evening}/registrations", new { customerId = secretCustomer });
        m.Row($"GET {Events}/{{id:long}}/registrations", Expect.List(Expect.OwnersSide).Showing(customerMarker), MatrixRequest.Get($"{Events}/{evening}/registrations"));
        m.Row($"GET {Events}/{{id:long}}/registrations/{{registrationId:long}}", owners, MatrixRequest.Get($"{Events}/{evening}/registrations/{seat}"));
        m.Row($"POST {Events}/{{id:long}}/registrations/{{registrationId:long}}/cancel", owners, async _ =>
        {
            var registration = await m.CreateAsync(m.Admin, $"{Events}/{evening}/registrations", new { customerId = await CustomerAsync(m) });
            return MatrixRequest.Post($"{Events}/{evening}/registrations/{registration}/cancel", witness: $"{Events}/{evening}/registrations/{registration}");
        });
        // Attendance is marked once the event has started: the clock moves past its start for the call, and back after.
        m.Row($"POST {Events}/{{id:long}}/registrations/{{registrationId:long}}/attendance", owners, async _ =>
        {
            var soon = await EventAsync(m, clock, TimeSpan.FromMinutes(1));
            var registration = await m.CreateAsync(m.Admin, $"{Events}/{soon}/registrations", new { customerId = await CustomerAsync(m) });
            clock.Advance(TimeSpan.FromMinutes(2));
            return MatrixRequest.Post($"{Events}/{soon}/registrations/{registration}/attendance", new { attendance = "attended" },
                witness: $"{Events}/{soon}/registrations/{registration}") with { After = () => { clock.Advance(TimeSpan.FromMinutes(-2)); return Task.CompletedTask; } };
        });
    }

    private static object Event(ManualClock clock, TimeSpan from) => new
    {
        title = "Matrix meetup", kind = "meetup", audience = "customers", startsUtc = clock.GetUtcNow().UtcDateTime + from,
        endsUtc = clock.GetUtcNow().UtcDateTime + from + TimeSpan.FromHours(1), place = "Main hall",
    };

    private static Task<long> EventAsync(AccessMatrix m, ManualClock clock, TimeSpan from) => m.CreateAsync(m.Admin, Events, Event(clock, from));

    private static MatrixRequest Fresh(long enrolment, string path, object? body = null) =>
        MatrixRequest.Post($"{Enrolments}/{enrolment}{path}", body, witness: $"{Enrolments}/{enrolment}");

    private static string Key() => $"matrix-{Guid.NewGuid():N}"[..20];

    private static object Definition(string key) => new
    {
        key, title = "Matrix course", audience = "customers",
        lessons = new object[]
        {
            new { key = "read", title = "Read", kind = "text", body = "Read." },
            new { key = "check", title = "Check", kind = "quiz", quiz = new { questions = new[] { new { key = "sure", type = "truefalse", text = "Sure?", correct = new[] { "true" } } } } },
        },
    };

    private static async Task<string> CourseAsync(AccessMatrix m, bool publish)
    {
        var key = Key();
        (await m.Admin.PostAsJsonAsync(Courses, Definition(key))).EnsureSuccessStatusCode();
        if (publish)
            (await m.Admin.PostAsync($"{Courses}/{key}/publish", null)).EnsureSuccessStatusCode();
        return key;
    }

    private static Task<long> CustomerAsync(AccessMatrix m) =>
        m.CreateAsync(m.Owner, "/api/customers", new { name = $"{m.Secret} learner", email = $"learner.{Guid.NewGuid():N}@example.test", consentToContact = true });

    private static async Task<long> EnrolAsync(AccessMatrix m, string course, long customerId)
    {
        var response = await m.Admin.PostAsJsonAsync($"{Courses}/{course}/enrolments", new { customerId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enrolmentIds")[0].GetInt64();
    }

    // A completed enrolment of one of the owner's customers, which has its certificate.
    private static async Task<long> CompletedAsync(AccessMatrix m, string course) => await CompleteAsync(m, await EnrolAsync(m, course, await CustomerAsync(m)));

    private static async Task<long> CompleteAsync(AccessMatrix m, long enrolment)
    {
        (await m.Admin.PostAsync($"{Enrolments}/{enrolment}/lessons/read/done", null)).EnsureSuccessStatusCode();
        (await m.Admin.PostAsJsonAsync($"{Enrolments}/{enrolment}/quizzes/check/attempts", new { answers = new { sure = true } })).EnsureSuccessStatusCode();
        return enrolment;
    }
}
