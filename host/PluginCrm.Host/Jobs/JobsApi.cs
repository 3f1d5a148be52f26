using PluginCrm.Host.Access;
using PluginCrm.Host.Api;
using PluginCrm.Host.Modules;

namespace PluginCrm.Host.Jobs;

/// <summary><c>/api/jobs</c>: the scheduled jobs of loaded plugins, their last runs, and a run on demand.</summary>
public static class JobsApi
{
    public static void MapJobsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/jobs");

        api.MapGet("/", async (JobScheduler scheduler, CancellationToken ct) =>
        {
            var schedules = (await scheduler.SchedulesAsync(ct)).ToDictionary(s => s.JobKey);
            return scheduler.Jobs.Select(j =>
            {
                var run = schedules.GetValueOrDefault(j.Key);
                return new JobView(j.Key, j.PluginId, j.Interval.TotalSeconds, run?.NextRunUtc, run?.LastRunUtc, run?.LastOutcome, run?.LastError);
            });
        });

        api.MapPost("/{key}/run", async (string key, JobScheduler scheduler, CancellationToken ct) =>
        {
            try
            {
                return await scheduler.RunNowAsync(key, ct)
                    ? TypedResults.Ok(new JobRunOnDemand(key, Ran: true))
                    : Problems.Conflict($"the job '{key}' is running elsewhere right now");
            }
            catch (ModuleSwitchException ex)
            {
                return ex.NotFound ? Problems.NotFound(ex.Message) : Problems.Conflict(ex.Message);
            }
        }).RequireAuthorization(AccessPolicies.Admin).Produces<JobRunOnDemand>();
    }
}
