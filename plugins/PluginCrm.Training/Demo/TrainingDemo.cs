using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Demo;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Courses.Manage;
using PluginCrm.Training.Data;
using PluginCrm.Training.Enrolments;
using PluginCrm.Training.Events.Register;
using PluginCrm.Training.Events.Schedule;
using PluginCrm.Training.Learning;
using PluginCrm.Training.Quizzes.Attempts;

namespace PluginCrm.Training.Demo;

/// <summary>
/// The demo's training: its courses, half a year of customers and staff learning them (most finish, in days to weeks; the
/// quiz's answers vary, so the item statistics have something to say), and two coming events with registrations.
/// </summary>
public sealed class TrainingDemo(
    TrainingDbContext db, CourseAdmin courses, Enrolling enrolling, Progressing progressing, QuizAttempts attempts, EventSchedule events,
    Registering registering) : IDemoContributor
{
    public const int CustomerLearners = 80;

    public async Task ConfigureAsync(DemoContext context, CancellationToken ct)
    {
        await context.Templates.SaveMessageAsync("training.course-link", "Sends a customer its link to a course",
            "Subject: {{ course }}\n\n欢迎学习 · Welcome to the course:\n{{ link }}", ct);
        await context.Templates.SaveMessageAsync("training.event-reminder", "Reminds a registrant of an event",
            "Subject: 提醒 · Reminder: {{ event.title }}\n\n{{ event.starts_utc }} UTC, {{ event.place }}", ct);
        context.Progress.Report("2 templates (course link, event reminder)");
    }

    public async Task SeedAsync(DemoContext context, CancellationToken ct)
    {
        foreach (var course in new[] { DemoCourses.GettingStarted, DemoCourses.Advanced, DemoCourses.Complaints })
            await courses.SaveAndPublishAsync(course, ct);

        var r = context.Random;
        var now = context.Clock.GetUtcNow().UtcDateTime;
        var customers = context.CustomerIds.OrderBy(_ => r.Next()).Take(CustomerLearners).ToList();
        foreach (var customer in customers)
            await LearnAsync(context, "getting-started", new LearnerSet("customer", 1, 0, [customer], []), now.AddDays(-r.Next(10, 180)), r.NextDouble() < 0.7, ct);
        foreach (var rep in context.Teams.SelectMany(t => t.Reps))
            await LearnAsync(context, "handling-complaints", new LearnerSet("user", 1, 0, [], [rep.UserId!.Value]), now.AddDays(-r.Next(5, 90)), r.NextDouble() < 0.6, ct);
        context.Progress.Report($"3 courses, {customers.Count} customers and {context.Teams.Sum(t => t.Reps.Count)} reps learning");

        var launch = await events.CreateAsync(new EventRequest("新品发布会 · Pulse 2 launch", "launch", "customers", now.AddDays(10).Date.AddHours(10), now.AddDays(10).Date.AddHours(12),
            "上海门店 · Shanghai shop", null, 12, null, "新一代 Pulse 首发。 The first look at the next Pulse."), context.Admin, ct);
        await events.CreateAsync(new EventRequest("用户见面会 · Webinar: tips from users", "webinar", "customers", now.AddDays(3).Date.AddHours(12), now.AddDays(3).Date.AddHours(13),
            null, "https://meet.example.com/pulse-tips", null, "getting-started", null), context.Admin, ct);
        foreach (var customer in customers.Take(14))
            await registering.RegisterAsync(launch.Id, new RegisterRequest(customer), context.Admin, ct);
    }

    // Enrols, then learns at the learner's pace: lessons a day or more apart, the quiz answered by someone who mostly knows.
    private async Task LearnAsync(DemoContext context, string key, LearnerSet learner, DateTime enrolled, bool finishes, CancellationToken ct)
    {
        var r = context.Random;
        var course = await courses.FindAsync(key, ct);
        var id = (await enrolling.EnrolAsync(course, learner, context.Admin.UserId, ct)).EnrolmentIds[0];
        var definition = await courses.VersionAsync(course.Id, course.CurrentVersion, ct);
        var lessons = finishes ? definition.Lessons! : definition.Lessons!.Take(r.Next(definition.Lessons!.Count)).ToList();
        foreach (var lesson in lessons)
        {
            if (lesson.Quiz is not { } quiz)
            {
                await progressing.MarkDoneAsync(id, lesson.Key!, context.Admin, ct);
                continue;
            }
            for (var attempt = 0; attempt < 3; attempt++)
                if ((await attempts.SubmitAsync(id, lesson.Key!, new AttemptRequest(Answers(quiz, r, knows: 0.55 + 0.2 * attempt)), context.Admin, ct)).Passed)
                    break;
        }
        await BackdateAsync(id, enrolled, r, ct);
    }

    // The services stamp everything now; a demo spreads it over the months behind it.
    private async Task BackdateAsync(long enrolmentId, DateTime enrolled, Random r, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.SingleAsync(e => e.Id == enrolmentId, ct);
        var step = TimeSpan.Zero;
        foreach (var progress in await db.Progress.Where(p => p.EnrolmentId == enrolmentId).OrderBy(p => p.Id).ToListAsync(ct))
            progress.DoneUtc = enrolled + (step += TimeSpan.FromHours(r.Next(20, 240)));
        foreach (var attempt in await db.Attempts.Where(a => a.EnrolmentId == enrolmentId).ToListAsync(ct))
            attempt.SubmittedUtc = enrolled + step;
        enrolment.EnrolledUtc = enrolled;
        if (enrolment.CompletedUtc is not null)
        {
            enrolment.CompletedUtc = enrolled + step;
            foreach (var certificate in await db.Certificates.Where(c => c.EnrolmentId == enrolmentId).ToListAsync(ct))
                certificate.IssuedUtc = enrolled + step;
        }
        await db.SaveChangesAsync(ct);
    }

    private static Dictionary<string, JsonElement> Answers(QuizDefinition quiz, Random r, double knows) =>
        quiz.Questions!.ToDictionary(q => q.Key!, q => JsonSerializer.SerializeToElement<object>(r.NextDouble() < knows
            ? q.Type switch { QuestionTypes.Multiple => q.Correct!, QuestionTypes.Short => q.Accepted![0], QuestionTypes.TrueFalse => q.Correct![0] == "true", _ => q.Correct![0] }
            : q.Type switch { QuestionTypes.Multiple => q.Choices!.Take(1).ToList(), QuestionTypes.Short => "?", QuestionTypes.TrueFalse => q.Correct![0] != "true", _ => q.Choices!.First(c => !q.Correct!.Contains(c)) }));
}
