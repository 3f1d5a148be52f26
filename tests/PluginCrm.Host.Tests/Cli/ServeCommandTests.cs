using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Cli;

/// <summary>The real entry point: `crm serve` as its own process, answering on 127.0.0.1.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    [Fact]
    public async Task Serve_creates_a_wal_database_and_answers_health_anonymously_and_the_rest_with_a_key()
    {
        var created = await CliRunner.RunAsync("apikey", "create", "--role", "admin", "--name", "serve-test", "--data-dir", data.Path);
        Assert.Equal(0, created.ExitCode);
        var key = created.Out.Trim();
        Assert.StartsWith("crm_k_", key);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { TestPaths.HostDll, "serve", "--urls", "http://127.0.0.1:0", "--data-dir", data.Path })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            var address = await ReadAddressAsync(process);
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/notes")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/plugins")).StatusCode);
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/notes")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        await using var db = new SqliteConnection($"Data Source={Path.Combine(data.Path, "crm.db")}");
        await db.OpenAsync();
        await using var pragma = db.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await pragma.ExecuteScalarAsync());
        pragma.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('modules', 'notes_notes', '__migrations_host', '__migrations_notes')";
        Assert.Equal(4L, await pragma.ExecuteScalarAsync());
    }

    private static async Task<string> ReadAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Listening().Match(line) is { Success: true } match)
                return match.Groups[1].Value;
        }
        throw new InvalidOperationException($"serve exited before listening: {await process.StandardError.ReadToEndAsync()}");
    }
}
