using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Content.Reading;
using PluginCrm.Training.Courses.Manage;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Content;

/// <summary>
/// <c>crm training import DIR</c>: course folders of Markdown (docs/training-content.md) saved and published, all or
/// nothing. Every file is read first and one error anywhere saves nothing; then the courses are saved in one transaction,
/// each after its prerequisites, through <see cref="CourseAdmin.SaveAndPublishAsync"/>, so a folder imported again changes
/// nothing and a changed file makes a new version.
/// </summary>
public sealed class CourseImport(TrainingDbContext db, CourseAdmin admin)
{
    public async Task<CourseImportReport> ImportAsync(string directory, CancellationToken ct)
    {
        var content = CourseFolders.Read(directory);
        if (content.Errors.Count > 0)
            return new CourseImportReport([], content.Errors);
        // Anything else thrown below is a failure, not a refusal: it goes up, and disposing the transaction rolls it back.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var imported = new List<ImportedCourse>();
        foreach (var course in content.Courses)
        {
            try
            {
                var (saved, outcome) = await admin.SaveAndPublishAsync(course.Course!, ct);
                imported.Add(new ImportedCourse(saved.Key, outcome, saved.CurrentVersion, saved.Lessons));
            }
            catch (RecordValidationException refused)
            {
                // Only the catalogue can refuse what reading passed: a prerequisite it lacks, or one that requires this course.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return new CourseImportReport([], refused.Errors.Select(e => course.Source.Error(e.Key, e.Value[0])).ToList());
            }
        }
        await transaction.CommitAsync(ct);
        return new CourseImportReport(imported, []);
    }
}
