using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Data;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Jobs;
using Serilog.Context;

namespace PluginCrm.Host.Jobs;

/// <summary>
/// Runs due jobs: the host's own (<see cref="HostJobs"/>) and those of enabled modules. A run is claimed with a conditional UPDATE on its schedule row, so
/// that of several host processes exactly one runs it; a lease that outlives a dead process expires. A job is claimed by
/// its key, one row: on PostgreSQL a second process's UPDATE waits for the first's to commit and then finds the lease
/// taken, so the queues' <c>SKIP LOCKED</c> (<see cref="Data.Leases.RowLeases"/>) would add nothing here.
/// </summary>
public sealed class JobScheduler(
    PluginCatalog catalog,
    IEnumerable<JobDefinition> hostJobs,
    ModuleSwitches switches,
    IDbContextFactory<CrmDbContext> databases,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<JobOptions> options,
    ILogger<JobScheduler> logger)
{
    private readonly string owner = Data.Leases.RowLeases.NewOwner();

    public IEnumerable<JobDefinition> Jobs => hostJobs.Concat(catalog.Loaded.SelectMany(e => e.Contributions.Jobs));

    /// <summary>Runs every job that is due now; returns the keys of the jobs it ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken)
    {
        var ran = new List<string>();
        var disabled = await switches.DisabledIdsAsync(cancellationToken);
        foreach (var job in Jobs.ToList())
        {
            var entry = job.IsHosts ? null : catalog.Find(job.PluginId);
            if (!job.IsHosts && (entry is null || !switches.IsEnabled(entry, disabled)))
                continue;
            if (await TryRunAsync(job, force: false, cancellationToken))
                ran.Add(job.Key);
        }
        return ran;
    }

    /// <summary>Runs one job now, due or not (still never twice at once, and only while its module is on).</summary>
    public async Task<bool> RunNowAsync(string key, CancellationToken cancellationToken)
    {
        var job = Jobs.FirstOrDefault(j => j.Key == key) ?? throw new ModuleSwitchException($"no job '{key}'", notFound: true);
        if (!job.IsHosts && !await switches.IsEnabledAsync(job.PluginId, cancellationToken))
            throw new ModuleSwitchException($"the module '{job.PluginId}' is disabled, so its job '{key}' does not run");
        return await TryRunAsync(job, force: true, cancellationToken);
    }

    public async Task<IReadOnlyList<JobSchedule>> SchedulesAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.JobSchedules.AsNoTracking().OrderBy(j => j.JobKey).ToListAsync(cancellationToken);
    }

    private async Task<bool> TryRunAsync(JobDefinition job, bool force, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            await EnsureScheduleAsync(db, job, now, cancellationToken);
            var leaseUntil = now.AddMinutes(options.Value.LeaseMinutes);
            var claimed = await db.JobSchedules
                .Where(j => j.JobKey == job.Key && (force || j.NextRunUtc <= now) && (j.LeaseUntilUtc == null || j.LeaseUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, owner).SetProperty(j => j.LeaseUntilUtc, leaseUntil), cancellationToken);
            if (claimed == 0)
                return false;
        }

        string outcome = "cancelled", error = "";
        using (LogContext.PushProperty("PluginId", job.PluginId))
        using (LogContext.PushProperty("Job", job.Key))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var instance = (IScheduledJob)scope.ServiceProvider.GetRequiredService(job.JobType);
                await instance.RunAsync(new JobRun(job.PluginId, job.Name, time.GetUtcNow()), cancellationToken);
                outcome = "succeeded";
                logger.LogInformation("Job {Job} succeeded", job.Key);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                outcome = "failed";
                error = $"{ex.GetType().Name}: {ex.Message}";
                logger.LogError(ex, "Job {Job} failed", job.Key);
            }
            finally
            {
                // Released even when the run was cancelled (shutdown, a caller gone), or the job would wait out the lease.
                await ReleaseAsync(job, now, outcome, error);
            }
        }
        return true;
    }

    private async Task ReleaseAsync(JobDefinition job, DateTime now, string outcome, string error)
    {
        await using (var db = await databases.CreateDbContextAsync(CancellationToken.None))
        {
            var next = now + job.Interval;
            var message = error.Length > 2000 ? error[..2000] : error;
            await db.JobSchedules.Where(j => j.JobKey == job.Key && j.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.NextRunUtc, next)
                    .SetProperty(j => j.LeaseOwner, (string?)null)
                    .SetProperty(j => j.LeaseUntilUtc, (DateTime?)null)
                    .SetProperty(j => j.LastRunUtc, now)
                    .SetProperty(j => j.LastOutcome, outcome)
                    .SetProperty(j => j.LastError, message.Length == 0 ? null : message), CancellationToken.None);
        }
    }

    private static async Task EnsureScheduleAsync(CrmDbContext db, JobDefinition job, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.JobSchedules.AnyAsync(j => j.JobKey == job.Key, cancellationToken))
            return;
        db.JobSchedules.Add(new JobSchedule { JobKey = job.Key, NextRunUtc = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process created the row first: fine, the claim below decides who runs.
            db.ChangeTracker.Clear();
        }
    }
}
