using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Settings;
using PluginCrm.Training.Contracts;

namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>
/// On the training module's <c>enrolment.complete</c>: the settings' <c>afterCourseSurvey</c> for a customer who completed a
/// course (staff are not surveyed), related to the enrolment. Inert while the training module is not installed.
/// </summary>
public sealed class SurveyAfterCourseStep(AfterEventSurvey survey, ISettings<FeedbackSettings> settings) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (context.TargetAs<CompletionRecord>() is not { CustomerId: { } customerId } completion)
            return;
        await survey.AskAsync((await settings.GetAsync(cancellationToken)).AfterCourseSurvey, customerId, "after-course", $"enrolment:{completion.Id}", cancellationToken);
    }
}
