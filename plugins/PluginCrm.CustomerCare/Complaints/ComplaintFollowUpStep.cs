using Microsoft.Extensions.Logging;
using PluginCrm.CustomerCare.Sending;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.CustomerCare.Complaints;

/// <summary>
/// On <c>complaint.close</c> (published by the feedback plugin): queues the follow-up to the customer for
/// <see cref="CustomerCareSettings.ComplaintFollowUpDays"/> days after the close, occasion <c>complaint-follow-up:ID</c>. A step in
/// the close's own transaction rather than a job: care cannot read complaints, it only hears of them. A missing template
/// is logged (by <see cref="CareSender"/>) and never fails the close.
/// </summary>
public sealed class ComplaintFollowUpStep(CareSender sender, ISettings<CustomerCareSettings> settings, TimeProvider time, ILogger<ComplaintFollowUpStep> logger) : IPipelineStep
{
    public static string OccasionOf(long complaintId) => $"complaint-follow-up:{complaintId}";

    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync(cancellationToken);
        if (current.ComplaintFollowUpTemplate.Length == 0)
            return;
        var complaint = context.TargetAs<ComplaintRecord>();
        var closed = complaint.ClosedUtc ?? time.GetUtcNow().UtcDateTime;
        var message = new CareMessage(complaint.CustomerId, OccasionOf(complaint.Id), new Dictionary<string, object?> { ["complaint"] = complaint },
            current.ComplaintFollowUpDays == 0 ? null : closed.AddDays(current.ComplaintFollowUpDays));
        var outcome = await sender.QueueAsync("Complaint follow-up", current.ComplaintFollowUpTemplate, message, cancellationToken);
        logger.LogInformation("Follow-up of complaint {ComplaintId} to customer {CustomerId}: {Outcome}", complaint.Id, complaint.CustomerId, outcome);
    }
}
