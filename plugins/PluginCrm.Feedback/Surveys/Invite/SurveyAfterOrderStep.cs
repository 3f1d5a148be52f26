using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>On <c>order.create</c>: the settings' <c>afterOrderSurvey</c>, related to the order.</summary>
public sealed class SurveyAfterOrderStep(AfterEventSurvey survey, ISettings<FeedbackSettings> settings) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var order = context.TargetAs<OrderRecord>();
        await survey.AskAsync((await settings.GetAsync(cancellationToken)).AfterOrderSurvey, order.CustomerId, "after-order", $"order:{order.Id}", cancellationToken);
    }
}
