using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Churn;

/// <summary>
/// A churn warning moves a customer or repeat customer to "at risk" (流失预警 into the lifecycle), through the host's
/// records so the change is audited with the signals that fired as its reason. Only a run as of today speaks for now: an
/// analysis run as of an earlier date moves nothing.
/// </summary>
public sealed class AtRiskStages(ICrmRecords records, TimeProvider time, ILogger<AtRiskStages> logger)
{
    private static readonly ActingUser Actor = ActingUser.System with { Name = "value-scoring" };

    public async Task MarkAsync(DateOnly asOf, IReadOnlyList<CustomerScore> scores, CancellationToken ct)
    {
        if (asOf != DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
            return;
        var moved = 0;
        foreach (var score in scores.Where(s => s.Warning))
        {
            if (await records.FindAsync<CustomerRecord>(score.CustomerId, ct) is not { Stage: LifecycleStage.Customer or LifecycleStage.Repeat } customer)
                continue;
            var reason = "churn warning: " + string.Join("; ", score.Signals.Where(s => s.Fired).Select(s => s.Detail));
            try
            {
                await records.UpdateAsync(customer with { Stage = LifecycleStage.AtRisk }, Actor, reason, ct);
                moved++;
            }
            catch (RecordConflictException)
            {
                // Changed while the run scored it; the next run judges it again.
            }
        }
        if (moved > 0)
            logger.LogInformation("Moved {Count} customers to at risk on their churn warnings", moved);
    }
}
