using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Notify;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;
using PluginCrm.Sdk.Day;

namespace PluginCrm.LeadAssignment.Deadline;

/// <summary>
/// The response deadline: a new lead its owner has not touched (the lead unchanged since the plugin gave it to them)
/// within the configured hours goes to another rep by the rules, or to the pool; the team's manager is told.
/// </summary>
public sealed class ResponseDeadlineJob(
    ICrmRecords records, ICrmDirectory directory, LeadAssignmentDbContext db, AssignmentEngine engine, OwnerWriter writer, OwnerNotices notices,
    ISettings<LeadAssignmentSettings> settings, ILogger<ResponseDeadlineJob> logger) : IScheduledJob
{
    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var hours = (await settings.GetAsync(cancellationToken)).ResponseDeadlineHours;
        if (hours == 0)
            return;
        var cutoff = run.StartedUtc.UtcDateTime.AddHours(-hours);
        var late = new List<(LeadRecord Lead, Decision Given)>();
        await foreach (var lead in records.QueryAsync<LeadRecord>(new Dictionary<string, string> { ["status"] = "new" }, cancellationToken))
        {
            if (lead.OwnerId is null)
                continue;
            var given = await db.Decisions.AsNoTracking()
                .Where(d => d.RecordType == "lead" && d.RecordId == lead.Id && Protection.Gains.Contains(d.Action))
                .OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken);
            if (given is not null && given.ToOwnerId == lead.OwnerId && given.OccurredUtc <= cutoff && lead.UpdatedUtc <= given.OccurredUtc)
                late.Add((lead, given));
        }

        var teams = await directory.TeamsAsync(cancellationToken);
        foreach (var (lead, given) in late)
        {
            var outcome = await engine.DecideAsync(Prospect.From(lead), new HashSet<long> { lead.OwnerId!.Value }, cancellationToken);
            var reason = new DayText("not touched within {0} hours of {1}", $"{hours}", $"{given.OccurredUtc:yyyy-MM-dd HH:mm}Z");
            await writer.SetOwnerAsync(new OwnershipChange("reassign", "lead", lead.Id, outcome.OwnerId, reason, outcome), outcome.TeamId, ActingUser.System, cancellationToken);
            if (teams.FirstOrDefault(t => t.Id == lead.TeamId)?.ManagerId is { } manager)
                await notices.TellAsync(manager, "lead-assignment.deadline-missed",
                    new Dictionary<string, object?> { ["lead"] = lead, ["reason"] = reason.ToString(), ["new_owner_id"] = outcome.OwnerId }, $"deadline-missed:{lead.Id}:{given.Id}", cancellationToken);
        }
        logger.LogInformation("Reassigned {Count} leads past their response deadline", late.Count);
    }
}
