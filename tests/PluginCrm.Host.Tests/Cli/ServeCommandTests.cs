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
}
