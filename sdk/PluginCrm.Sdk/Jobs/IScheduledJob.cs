namespace PluginCrm.Sdk.Jobs;

/// <summary>
/// A job the host runs on a schedule, in its own DI scope, only while the plugin's module is enabled,
/// and never twice at once across host processes (the host holds a lease in the database).
/// </summary>
public interface IScheduledJob
{
    /// <summary>Does one run of the job.</summary>
    Task RunAsync(JobRun run, CancellationToken cancellationToken);
}
