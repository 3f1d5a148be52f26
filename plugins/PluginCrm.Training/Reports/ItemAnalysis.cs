using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Manage;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Reports;

/// <summary>
/// The quiz questions of one version of a course (the current one unless asked), each with its difficulty and
/// discrimination over the first attempts of every learner of that version. Figures of questions, not of people.
/// </summary>
public sealed class ItemAnalysis(TrainingDbContext db, CourseAdmin courses)
{
    public async Task<object> OfAsync(string key, int? version, CancellationToken ct)
    {
        var course = await courses.FindAsync(key, ct);
        var number = version ?? course.CurrentVersion;
        if (number < 1 || number > course.CurrentVersion)
            throw new RecordValidationException(new Dictionary<string, string[]> { ["version"] = [$"must be a published version of '{key}', 1 to {course.CurrentVersion}"] });
        var definition = await courses.VersionAsync(course.Id, number, ct);
        var enrolments = db.Enrolments.Where(e => e.CourseId == course.Id && e.VersionNumber == number).Select(e => e.Id);
        var firsts = await db.Attempts.AsNoTracking().Where(a => a.Number == 1 && enrolments.Contains(a.EnrolmentId)).Include(a => a.Items).ToListAsync(ct);
        var items = new List<ItemStatistics>();
        foreach (var lesson in definition.Lessons!.Where(l => l.Quiz is not null))
        {
            var attempts = firsts.Where(a => a.LessonKey == lesson.Key).ToList();
            foreach (var question in lesson.Quiz!.Questions!)
            {
                var credits = attempts.Select(a =>
                {
                    var credit = a.Items.SingleOrDefault(i => i.QuestionKey == question.Key)?.Credit ?? 0;
                    return (credit, a.Points - Math.Round(credit * question.PointsOrDefault, 2, MidpointRounding.AwayFromZero));
                }).ToList();
                var (difficulty, discrimination) = ItemStatistics.Of(credits);
                items.Add(new ItemStatistics(lesson.Key!, question.Key!, question.Text!, credits.Count, difficulty, discrimination));
            }
        }
        return new { course = key, version = number, items };
    }
}
