using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PluginCrm.Host.Tests.Cli;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// Several <c>crm serve</c> processes on one PostgreSQL database, as a company past one machine runs them: they share
/// the outbox without delivering a message twice or losing one when a process dies mid-delivery (SIGKILL), and what an
/// admin changes through one (a module switch, a setting, a template) the others see without a restart.
/// </summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name)]
public sealed class MultiProcessTests(PostgresCluster cluster) : IDisposable
{
    // Enough that the killed process is killed with work in hand (it is killed once it has delivered 200, a tenth of the
    // run's pace for three): 10,000 took a minute of the PostgreSQL run's two cores and proved no more.
    private const int Messages = 3_000;
    private readonly TempFolder data = new();
    private readonly PluginsFolder plugins = new PluginsFolder().Add("fx-deliveries", "PluginCrm.Fixtures.Plugins.Outbox.DeliveryLogPlugin");
    private readonly string connectionString = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");

    public void Dispose()
    {
        data.Dispose();
        plugins.Dispose();
    }

    private Dictionary<string, string> Environment(int leaseSeconds = 300) => new()
    {
        ["CRM_Database__Provider"] = "postgres",
        ["CRM_Database__ConnectionString"] = connectionString,
        ["CRM_Jobs__PollSeconds"] = "0",
        ["CRM_Jobs__OutboxPollSeconds"] = "1",
        ["CRM_Jobs__OutboxLeaseSeconds"] = leaseSeconds.ToString(),
    };

    private async Task<CliRunner.Result> CrmAsync(params string[] args)
    {
        var result = await CliRunner.RunAsync(Environment(), [.. args, "--data-dir", data.Path, "--plugins-dir", plugins.Path]);
        Assert.True(result.ExitCode == 0, $"crm {string.Join(' ', args)}: {result.Error}{result.Out}");
        return result;
    }

    [Fact]
    public async Task Three_processes_deliver_every_message_once_though_one_is_killed_in_the_middle()
    {
        // 3,000 customers imported with no server running: their PostCommit step waits in the outbox, 3,000 rows.
        var csv = Path.Combine(data.Path, "customers.csv");
        await File.WriteAllLinesAsync(csv, ["name,email", .. Enumerable.Range(1, Messages).Select(i => $"Customer {i},c{i}@example.com")]);
        await CrmAsync("import", "customers", csv, "--map", "name=name,email=email");
        Assert.Equal(Messages, await ScalarAsync("SELECT count(*) FROM outbox WHERE \"DeliveredUtc\" IS NULL"));

        // A short lease, so that what the killed process held goes to the others within the test.
        var hosts = new List<HostProcess>();
        try
        {
            hosts.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
                HostProcess.StartAsync(Environment(leaseSeconds: 3), "--data-dir", data.Path, "--plugins-dir", plugins.Path))));
            var victim = hosts[1];
            await WaitForAsync(async () => await ScalarAsync($"SELECT count(*) FROM fx_deliveries WHERE \"ProcessId\" = {victim.Id}") >= 200,
                "the second process to deliver some", hosts);
            await victim.KillAsync();
            var deliveredAtKill = await ScalarAsync("SELECT count(*) FROM fx_deliveries");
            Assert.True(deliveredAtKill < Messages, $"all {Messages} were delivered before the kill; the test proves nothing");

            await WaitForAsync(async () => await ScalarAsync("SELECT count(*) FROM outbox WHERE \"DeliveredUtc\" IS NULL") == 0,
                "every outbox row to be delivered", hosts);
        }
        finally
        {
            foreach (var host in hosts)
                await host.DisposeAsync();
        }

        Assert.Equal(Messages, await ScalarAsync("SELECT count(*) FROM fx_deliveries"));
        Assert.Equal(Messages, await ScalarAsync("SELECT count(DISTINCT \"CustomerId\") FROM fx_deliveries"));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM fx_deliveries d WHERE d.\"CustomerId\" = c.\"Id\")"));
        Assert.True(await ScalarAsync("SELECT count(DISTINCT \"ProcessId\") FROM fx_deliveries") == 3, "every process delivered a share");
    }

    [Fact]
    public async Task A_switch_a_setting_and_a_template_changed_in_one_process_are_seen_by_another()
    {
        var key = (await CrmAsync("apikey", "create", "--role", "admin", "--name", "multi-process")).Out.Trim();
        var started = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => HostProcess.StartAsync(Environment(), "--data-dir", data.Path, "--plugins-dir", plugins.Path)));
        await using var first = started[0];
        await using var second = started[1];
        foreach (var host in new[] { first, second })
            host.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await second.Client.GetAsync("/api/fx-deliveries/count")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await first.Client.PostAsync("/api/plugins/fx-deliveries/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.Client.GetAsync("/api/fx-deliveries/count")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.Client.PostAsync("/api/plugins/fx-deliveries/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/api/fx-deliveries/count")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await first.Client.PutAsJsonAsync("/api/plugins/fx-deliveries/settings", new { label = "second" })).StatusCode);
        var settings = await second.Client.GetFromJsonAsync<JsonElement>("/api/plugins/fx-deliveries/settings");
        Assert.Contains("\"second\"", settings.GetRawText());

        var customer = (await (await first.Client.PostAsJsonAsync("/api/customers", new { name = "王芳" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        foreach (var (saver, greeting) in new[] { (first, "您好"), (second, "欢迎"), (first, "再见") })
        {
            Assert.True((await saver.Client.PutAsJsonAsync("/api/templates/greeting", new { kind = "message", body = $"{{{{ customer.name }}}}，{greeting}！" })).IsSuccessStatusCode);
            var reader = saver == first ? second : first;
            var rendered = await (await reader.Client.PostAsJsonAsync("/api/templates/greeting/preview", new { recordType = "customer", recordId = customer })).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal($"王芳，{greeting}！", rendered.GetProperty("output").GetString());
        }
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what, IReadOnlyList<HostProcess> hosts)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
                Assert.Fail($"waited 3 minutes for {what}; the hosts said:\n{string.Join("\n---\n", hosts.Select(h => h.Tail()))}");
            await Task.Delay(100);
        }
    }
}
