using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Jobs;

namespace PluginCrm.Host.Jobs;

/// <summary>
/// The host's own jobs (task reminders): scheduled by the same <see cref="JobScheduler"/> as plugins' jobs, with the same
/// leases, under the keys <c>host.&lt;name&gt;</c> (<c>host</c> is a reserved plugin id); no module switch turns them off.
/// </summary>
public static class HostJobs
{
    public const string Owner = JobDefinition.HostOwner;

    public static IServiceCollection AddHostJob<TJob>(this IServiceCollection services, string name, TimeSpan interval) where TJob : class, IScheduledJob
    {
        services.AddScoped<TJob>();
        return services.AddSingleton(new JobDefinition(Owner, name, interval, typeof(TJob)));
    }
}
