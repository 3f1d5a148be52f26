using System.Net;
using System.Net.Http.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Jobs;

public sealed class JobTests : IAsyncLifetime
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("echo");
    private string Trace => Path.Combine(plugins.Path, "trace.txt");
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o =>
    {
        o.PluginsDirectory = plugins.Path;
        o.Settings["Plugins:echo:TraceFile"] = Trace;
    });

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        plugins.Dispose();
    }

    private int Ticks() => File.Exists(Trace) ? File.ReadAllLines(Trace).Count(l => l == "tick echo") : 0;

    // The plugin's jobs that ran: the host's own (task reminders, every minute) run beside them.
    private async Task<IEnumerable<string>> RunDueEchoJobsAsync() => (await host.RunDueJobsAsync()).Where(k => k.StartsWith("echo.", StringComparison.Ordinal));

    [Fact]
    public async Task A_job_runs_when_due_and_not_again_before_its_interval()
    {
        Assert.Equal(["echo.tick"], await RunDueEchoJobsAsync());
        Assert.Empty(await RunDueEchoJobsAsync());

        host.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(await RunDueEchoJobsAsync());
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["echo.tick"], await RunDueEchoJobsAsync());
        Assert.Equal(2, Ticks());
    }

    [Fact]
    public async Task A_disabled_modules_jobs_do_not_run()
    {
        await host.Client.PostAsync("/api/plugins/echo/disable", null);
        host.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Empty(await RunDueEchoJobsAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await host.Client.PostAsync("/api/jobs/echo.tick/run", null)).StatusCode);
        Assert.Equal(0, Ticks());
    }

    [Fact]
    public async Task The_last_run_is_reported()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsync("/api/jobs/echo.tick/run", null)).StatusCode);

        var jobs = await host.Client.GetFromJsonAsync<List<Dictionary<string, object?>>>("/api/jobs");
        var tick = Assert.Single(jobs!, j => j["plugin"]!.ToString() == "echo");
        Assert.Equal("echo.tick", tick["key"]!.ToString());
        Assert.Equal("succeeded", tick["lastOutcome"]!.ToString());
        Assert.Equal(1, Ticks());
    }

    [Fact]
    public async Task The_hosts_own_job_is_scheduled_beside_the_plugins_and_no_module_switch_stops_it()
    {
        await host.Client.PostAsync("/api/plugins/echo/disable", null);

        Assert.Equal(["host.lifecycle-churn", "host.task-reminders"], (await host.RunDueJobsAsync()).Order());
        Assert.Empty(await host.RunDueJobsAsync());
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["host.task-reminders"], await host.RunDueJobsAsync());

        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsync("/api/jobs/host.task-reminders/run", null)).StatusCode);
        var jobs = await host.Client.GetFromJsonAsync<List<Dictionary<string, object?>>>("/api/jobs");
        var hosts = jobs!.Where(j => j["plugin"]!.ToString() == "host").OrderBy(j => j["key"]!.ToString())
            .Select(j => (j["key"]!.ToString(), j["intervalSeconds"]!.ToString(), j["lastOutcome"]!.ToString()));
        Assert.Equal([("host.lifecycle-churn", "86400", "succeeded"), ("host.task-reminders", "60", "succeeded")], hosts);
    }
}
