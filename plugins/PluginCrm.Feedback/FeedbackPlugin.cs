using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Feedback.Cli;
using PluginCrm.Feedback.Complaints;
using PluginCrm.Feedback.Complaints.Access;
using PluginCrm.Feedback.Complaints.Create;
using PluginCrm.Feedback.Complaints.Mine;
using PluginCrm.Feedback.Complaints.OpenCounts;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Deadlines;
using PluginCrm.Feedback.Notices;
using PluginCrm.Sdk.Data;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Feedback;

/// <summary>
/// Feedback management: complaints handled to a deadline, each change a <c>complaint.*</c> message; surveys (NPS, CSAT,
/// CES and more) answered through a single-use link or entered by a rep, and the satisfaction scores.
/// </summary>
public sealed class FeedbackPlugin : ICrmPlugin
{
    public void Configure(IPluginBuilder plugin)
    {
        plugin.AddSettings<FeedbackSettings>().AddDbContext<FeedbackDbContext>()
            .AddJob<ComplaintDeadlinesJob>("complaint-deadlines", TimeSpan.FromMinutes(15))
            .AddJob<Surveys.Invite.SurveyRemindersJob>("survey-reminders", TimeSpan.FromHours(1))
            .AddStep<Surveys.Invite.SurveyAfterComplaintStep>(FeedbackMessages.Close, PipelineStage.PostCommit, 200)
            .AddStep<Surveys.Invite.SurveyAfterOrderStep>(CoreMessages.Order.Create, PipelineStage.PostCommit, 200)
            .AddStep<Surveys.Invite.SurveyAfterCourseStep>(Training.Contracts.TrainingMessages.Complete, PipelineStage.PostCommit, 200)
            .AddRecordType<ComplaintRecord, ComplaintOwnership>(FeedbackMessages.RecordType, c => c.Id)
            .AddContract<ICustomerComplaints, CustomerOpenComplaints>()
            .AddContract<ICustomerSatisfaction, Surveys.Satisfaction.LatestSatisfaction>()
            .AddDaySection<MyOpenComplaintsSection>()
            .AddCommand<ComplaintsCommand>()
            .AddTimelineSource<Timeline.ComplaintTimelineSource>()
            .AddTimelineSource<Timeline.SurveyAnswerTimelineSource>()
            .AddTimelineSource<Timeline.EntryTimelineSource>()
            .AddCommand<SurveysCommand>()
            .AddCommand<FeedbackCommand>()
            .AddDemo<Demo.FeedbackDemo>()
            .AddScreens(Screens.FeedbackScreens.Set);
        foreach (var message in FeedbackMessages.All)
            plugin.AddMessage(message);
        plugin.Services.AddScoped<ComplaintStore>().AddScoped<ComplaintAccess>().AddScoped<Assignees>().AddScoped<ComplaintNotices>()
            .AddScoped<ComplaintWorkflow>().AddScoped<ComplaintIntake>();
        plugin.Services.AddScoped<Surveys.Manage.SurveyAdmin>().AddScoped<Surveys.Invite.Invitations>().AddScoped<Surveys.Answer.AnswerRecorder>()
            .AddScoped<Surveys.Answer.PublicAnswers>().AddScoped<Surveys.Answer.EnteredAnswers>().AddScoped<Surveys.Scores.SatisfactionScores>().AddScoped<Demo.SurveyDemo>().AddScoped<Demo.ComplaintHistory>().AddScoped<Surveys.FollowUp.AnswerFollowUps>().AddScoped<Surveys.Import.AnswerImport>()
            .AddScoped<Entries.FeedbackEntries>().AddScoped<Entries.CategoryGrowth>()
            .AddScoped<Surveys.Invite.WaveRates>().AddScoped<Surveys.Invite.AfterEventSurvey>().AddScoped<Surveys.Invite.ValueAudience>()
            .AddSingleton<Sentiment.SentimentScorer>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapFeedbackEndpoints();
}
