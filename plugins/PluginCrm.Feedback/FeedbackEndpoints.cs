using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Feedback.Complaints.Actions;
using PluginCrm.Feedback.Complaints.Create;
using PluginCrm.Feedback.Complaints.List;
using PluginCrm.Feedback.Entries;
using PluginCrm.Feedback.Stats;
using PluginCrm.Feedback.Surveys.Answer;
using PluginCrm.Feedback.Surveys.Manage;
using PluginCrm.Feedback.Surveys.Scores;
using PluginCrm.Feedback.Timeline;

namespace PluginCrm.Feedback;

/// <summary>
/// Maps <c>/api/feedback</c>: complaints (log, list, statistics, show with its timeline, act on one); surveys (define,
/// publish, close, invite, enter answers), the public answer by invitation token, and the satisfaction scores.
/// </summary>
public static class FeedbackEndpoints
{
    public static void MapFeedbackEndpoints(this IEndpointRouteBuilder api)
    {
        var complaints = api.MapGroup("/complaints");
        complaints.MapCreateComplaint();
        complaints.MapListComplaints();
        complaints.MapComplaintStats();
        complaints.MapShowComplaint();
        complaints.MapComplaintActions();
        api.MapGroup("/surveys").MapSurveys();
        api.MapPublicAnswers();
        api.MapScores();
        api.MapEntries();
    }
}
