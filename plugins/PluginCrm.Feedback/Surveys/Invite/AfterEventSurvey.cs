using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>
/// After a complaint is closed (<c>complaint.close</c>), an order is placed (<c>order.create</c>) or a course completed
/// (<c>enrolment.complete</c>), after commit: the
/// customer is asked the survey the settings name for it, the invitation (and so the answer) related to the case or
/// order. Consent and the quiet period apply as for any invitation; a customer left out is logged, never a failure.
/// </summary>
public sealed class AfterEventSurvey(Invitations invitations, ILogger<AfterEventSurvey> logger)
{
    public async Task AskAsync(string? surveyKey, long customerId, string wave, string relatedTo, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(surveyKey))
            return;
        try
        {
            var invitation = await invitations.InviteAsync(surveyKey, new InviteRequest(customerId), ActingUser.System, ct, wave, relatedTo);
            logger.LogInformation("Survey {Survey} asked of customer {CustomerId} after {RelatedTo}; e-mailed: {Emailed}", surveyKey, customerId, relatedTo, invitation.Emailed);
        }
        catch (Exception ex) when (ex is RecordConflictException or RecordNotFoundException or RecordValidationException)
        {
            logger.LogInformation("Survey {Survey} not asked of customer {CustomerId} after {RelatedTo}: {Reason}", surveyKey, customerId, relatedTo, ex.Message);
        }
    }
}
