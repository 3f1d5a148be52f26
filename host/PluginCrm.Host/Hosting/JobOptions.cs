using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Hosting;

public sealed class JobOptions
{
    /// <summary>How often the scheduler looks for due jobs; 0 turns the scheduler off (jobs can still be run by hand).</summary>
    [Range(0, 86_400)]
    public int PollSeconds { get; set; } = 15;

    /// <summary>How long a claimed run is held before another process may take it over, should the first die.</summary>
    [Range(1, 1_440)]
    public int LeaseMinutes { get; set; } = 10;

    /// <summary>How often the outbox is checked for PostCommit steps to retry (new ones go at once); 0 turns delivery off.</summary>
    [Range(0, 3_600)]
    public int OutboxPollSeconds { get; set; } = 5;
}
