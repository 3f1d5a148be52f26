using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PluginCrm.Host.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL cluster owned by the test run: Debian's programs (scripts/ensure-postgres.sh installs them),
/// a temporary folder, 127.0.0.1 on a free port, trust authentication for the role <c>crm</c>, no fsync. Started once
/// for the classes that share it (<see cref="PostgresCollection"/>), stopped and deleted after them. Run as root (CI), the server runs as the postgres
/// user, which PostgreSQL insists on.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"crm-pg-{Guid.NewGuid():N}");
    private string bin = "";

    public int Port { get; private set; }

    /// <summary>A connection string for a database of its own (created by the host's first migration).</summary>
    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=crm;Database={database};Pooling=true";

    public async Task InitializeAsync()
    {
        bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version(0, 0)).Select(d => Path.Combine(d, "bin"))
            .LastOrDefault(d => File.Exists(Path.Combine(d, "initdb"))) ?? throw new InvalidOperationException("no /usr/lib/postgresql/*/bin/initdb: run scripts/ensure-postgres.sh");
        Directory.CreateDirectory(folder);
        if (Environment.UserName == "root")
            await RunAsync("chown", ["postgres", folder], asPostgres: false);
        Port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", Path.Combine(folder, "data"), "-U", "crm", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-w", "-l", Path.Combine(folder, "log"), "-o",
            $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"]);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "stop"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task RunAsync(string program, string[] arguments, bool asPostgres = true)
    {
        var root = Environment.UserName == "root" && asPostgres;
        var start = new ProcessStartInfo(root ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (root)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
                start.ArgumentList.Add(argument);
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await error}{await output}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
