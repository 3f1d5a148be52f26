using System.Net;
using Microsoft.Data.Sqlite;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Cli;

/// <summary>The real entry point: `crm serve` as its own process, answering on 127.0.0.1.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Serve_creates_a_wal_database_and_answers_health_anonymously_and_the_rest_with_a_key()
    {
        var created = await CliRunner.RunAsync("apikey", "create", "--role", "admin", "--name", "serve-test", "--data-dir", data.Path);
        Assert.Equal(0, created.ExitCode);
        var key = created.Out.Trim();
        Assert.StartsWith("crm_k_", key);

        await using (var host = await HostProcess.StartAsync(new Dictionary<string, string>(), "--data-dir", data.Path))
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/api/notes")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/api/plugins")).StatusCode);
            host.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/notes")).StatusCode);
        }

        await using var db = new SqliteConnection($"Data Source={Path.Combine(data.Path, "crm.db")}");
        await db.OpenAsync();
        await using var pragma = db.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await pragma.ExecuteScalarAsync());
        pragma.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('modules', 'notes_notes', '__migrations_host', '__migrations_notes')";
        Assert.Equal(4L, await pragma.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Serve_with_tenants_serves_each_by_its_host_name_on_one_address_and_its_own_database()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("tenants", "add", "acme", "--host", "acme.example", "--data-dir", data.Path)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("tenants", "add", "beta", "--host", "beta.example", "--data-dir", data.Path)).ExitCode);
        var acmeKey = (await CliRunner.RunAsync("apikey", "create", "--role", "admin", "--name", "acme", "--tenant", "acme", "--data-dir", data.Path)).Out.Trim();
        var betaKey = (await CliRunner.RunAsync("apikey", "create", "--role", "admin", "--name", "beta", "--tenant", "beta", "--data-dir", data.Path)).Out.Trim();
        var demo = await CliRunner.RunAsync("serve", "--demo", "--data-dir", data.Path);

        await using (var host = await HostProcess.StartAsync(new Dictionary<string, string>(), "--data-dir", data.Path))
        {
            async Task<HttpStatusCode> Get(string? hostName, string? key)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notes");
                request.Headers.Host = hostName;
                if (key is not null)
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
                return (await host.Client.SendAsync(request)).StatusCode;
            }

            Assert.Equal(HttpStatusCode.OK, await Get("acme.example", acmeKey));
            Assert.Equal(HttpStatusCode.OK, await Get("beta.example", betaKey));
            Assert.Equal(HttpStatusCode.Unauthorized, await Get("beta.example", acmeKey));
            Assert.Equal(HttpStatusCode.Unauthorized, await Get("acme.example", betaKey));
            Assert.Equal(HttpStatusCode.BadRequest, await Get(null, acmeKey));
        }

        Assert.Equal(2, demo.ExitCode);
        Assert.Contains("with tenants, run 'crm demo --tenant NAME' first", demo.Error);
        Assert.True(File.Exists(Path.Combine(data.Path, "tenants", "acme", "crm.db")));
        Assert.True(File.Exists(Path.Combine(data.Path, "tenants", "beta", "crm.db")));
        Assert.False(File.Exists(Path.Combine(data.Path, "crm.db")));
    }
}
