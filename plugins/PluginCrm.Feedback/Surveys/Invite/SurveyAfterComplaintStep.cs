using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>On <c>complaint.close</c>: the settings' <c>afterComplaintSurvey</c>, related to the complaint.</summary>
public sealed class SurveyAfterComplaintStep(AfterEventSurvey survey, ISettings<FeedbackSettings> settings) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var complaint = context.TargetAs<ComplaintRecord>();
        await survey.AskAsync((await settings.GetAsync(cancellationToken)).AfterComplaintSurvey, complaint.CustomerId, "after-complaint",
            $"{FeedbackMessages.RecordType}:{complaint.Id}", cancellationToken);
    }
}
