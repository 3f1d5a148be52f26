using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Jobs;

public sealed class JobOptions
{
    /// <summary>How often the scheduler looks for due jobs; 0 turns the scheduler off (jobs can still be run by hand).</summary>
    [Range(0, 86_400, ErrorMessage = "Jobs:PollSeconds must be between 0 and 86400")]
    public int PollSeconds { get; set; } = 15;

    /// <summary>How long a claimed run is held before another process may take it over, should the first die.</summary>
    [Range(1, 1_440, ErrorMessage = "Jobs:LeaseMinutes must be between 1 and 1440")]
    public int LeaseMinutes { get; set; } = 10;

    /// <summary>How often the outbox is checked for PostCommit steps to retry (new ones go at once); 0 turns delivery off.</summary>
    [Range(0, 3_600, ErrorMessage = "Jobs:OutboxPollSeconds must be between 0 and 3600")]
    public int OutboxPollSeconds { get; set; } = 5;

    /// <summary>
    /// How long a claimed outbox row (a PostCommit step, a notification, a webhook delivery) is held before another
    /// process may take it over, should the first die while delivering it.
    /// </summary>
    [Range(1, 86_400, ErrorMessage = "Jobs:OutboxLeaseSeconds must be between 1 and 86400")]
    public int OutboxLeaseSeconds { get; set; } = 300;
}
