namespace PluginCrm.Host.Jobs;

/// <summary>Scheduled jobs, the host's and the plugins', leased so one process runs each; <c>/api/jobs</c>.</summary>
public static class JobsFeature
{
    public static void AddJobs(this IServiceCollection services, JobOptions options, bool inBackground)
    {
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton<JobScheduler>();
        if (inBackground)
            services.AddHostedService<JobSchedulerService>();
    }

    public static void MapJobs(this IEndpointRouteBuilder app) => app.MapJobsApi();
}
