using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Plugins;
using PluginCrm.Training.Contracts;
using PluginCrm.Training.Data;

namespace PluginCrm.Training;

/// <summary>
/// Customer education and training: courses of lessons and quizzes in versions, enrolments of customers and staff with
/// their progress, certificates anyone can verify, events with a waiting list, and the reports of who completed what.
/// </summary>
public sealed class TrainingPlugin : ICrmPlugin
{
    public void Configure(IPluginBuilder plugin)
    {
        plugin.AddSettings<TrainingSettings>().AddDbContext<TrainingDbContext>()
            .AddRecordType<CompletionRecord, Enrolments.EnrolmentOwnership>(TrainingMessages.RecordType, e => e.Id)
            .AddContract<ICustomerTraining, Reports.CustomerTraining>()
            .AddTimelineSource<Timeline.TrainingTimelineSource>()
            .AddJob<Events.Remind.EventRemindersJob>("event-reminders", TimeSpan.FromMinutes(15))
            .AddDemo<Demo.TrainingDemo>()
            .AddScreens(Screens.TrainingScreens.Set);
        foreach (var message in TrainingMessages.All)
            plugin.AddMessage(message);
        plugin.Services.AddScoped<Courses.Manage.CourseAdmin>().AddScoped<Courses.Edit.DraftEditing>()
            .AddScoped<Enrolments.Learners>().AddScoped<Enrolments.Enrolling>().AddScoped<Enrolments.EnrolmentList>()
            .AddScoped<Learning.LearnerViews>().AddScoped<Learning.Progressing>().AddScoped<Learning.Completion>().AddScoped<Quizzes.Attempts.QuizAttempts>().AddScoped<Learning.NextLessons>()
            .AddScoped<Certificates.CertificateIssuer>().AddScoped<Certificates.CertificateRegistry>()
            .AddScoped<Learn.LearnerLinks>().AddScoped<Learn.PublicLearning>()
            .AddScoped<Reports.ReportScope>().AddScoped<Reports.CompletionReport>().AddScoped<Reports.ItemAnalysis>().AddScoped<Reports.TrainedChurn>();
        plugin.AddCommand<Cli.TrainingCommand>().Services.AddScoped<Content.CourseImport>();
        plugin.Services.AddScoped<Events.Schedule.EventCatalogue>().AddScoped<Events.Schedule.EventSchedule>()
            .AddScoped<Events.Register.Registrants>().AddScoped<Events.Register.Registering>().AddScoped<Events.Register.RegistrationList>()
            .AddScoped<Events.Register.WaitingList>().AddScoped<Events.Attend.AttendanceMarking>().AddScoped<Events.Notices.EventNotices>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapTrainingEndpoints();
}
