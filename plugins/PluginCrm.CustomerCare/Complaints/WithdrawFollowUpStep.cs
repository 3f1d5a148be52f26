using Microsoft.Extensions.Logging;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Notifications;
using PluginCrm.Sdk.Pipeline;

namespace PluginCrm.CustomerCare.Complaints;

/// <summary>
/// On <c>complaint.reopen</c>: takes back a follow-up that has not gone yet ("glad it is solved" would be wrong now);
/// the next close queues a new one. One already delivered stays delivered, and its occasion stays used.
/// </summary>
public sealed class WithdrawFollowUpStep(INotifications notifications, ILogger<WithdrawFollowUpStep> logger) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var complaint = context.TargetAs<ComplaintRecord>();
        if (await notifications.WithdrawAsync(NotificationRecipient.Customer(complaint.CustomerId), ComplaintFollowUpStep.OccasionOf(complaint.Id), cancellationToken))
            logger.LogInformation("Complaint {ComplaintId} reopened: its pending follow-up was withdrawn", complaint.Id);
    }
}
