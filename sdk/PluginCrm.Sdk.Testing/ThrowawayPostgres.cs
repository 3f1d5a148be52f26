using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PluginCrm.Sdk.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster for tests and benchmarks on PostgreSQL: Debian's programs (<c>postgresql</c>; the
/// repository's <c>scripts/ensure-postgres.sh</c> installs them), a temporary folder (in memory, <c>/dev/shm</c>, when it
/// has 2 GB free), 127.0.0.1 on a free port, trust
/// authentication for the role <c>crm</c>, no fsync. Disposing stops it and deletes its folder, as a watcher does once the
/// process is gone (however it ended). Run as root (CI), the
/// server runs as the postgres user, which PostgreSQL insists on.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Root(), $"crm-pg-{Guid.NewGuid():N}");
    private readonly string bin;

    private ThrowawayPostgres(string bin) => this.bin = bin;

    /// <summary>The port it listens on, on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>A connection string for a database of its own (a host's first migration creates it).</summary>
    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=crm;Database={database};Pooling=true";

    /// <summary>Creates and starts a cluster; fails naming what is missing when PostgreSQL is not installed.</summary>
    public static async Task<ThrowawayPostgres> StartAsync(CancellationToken cancellationToken = default)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version(0, 0))
                .Select(d => Path.Combine(d, "bin")).LastOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;
        var cluster = new ThrowawayPostgres(bin ?? throw new InvalidOperationException("no /usr/lib/postgresql/*/bin/initdb: run scripts/ensure-postgres.sh"));
        await cluster.InitAsync(cancellationToken);
        cluster.WatchThisProcess();
        return cluster;
    }

    private async Task InitAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        if (Environment.UserName == "root")
            await RunAsync("chown", ["postgres", folder], asPostgres: false, ct);
        Port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", Path.Combine(folder, "data"), "-U", "crm", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], ct: ct);
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-w", "-l", Path.Combine(folder, "log"), "-o",
            $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300", "start"], ct: ct);
    }

    /// <summary>Stops the server at once and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
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

    // In memory (tmpfs) when there is room: a test run creates and drops hundreds of databases, and on a disk's file system
    // (ext4) making a database's files after so many deletions took ~550 ms a database against ~100 ms in memory.
    private static string Root()
    {
        const string memory = "/dev/shm";
        try
        {
            if (Directory.Exists(memory) && new DriveInfo(memory).AvailableFreeSpace >= 2L << 30)
                return memory;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            // not a file system of its own here: the temporary folder serves
        }
        return Path.GetTempPath();
    }

    // The test platform may end a test process before its exit handler has stopped the cluster and deleted its folder
    // (every PostgreSQL test process left its folder behind). A watcher outside the process tree, a shell polling once a
    // second, does both once this process is gone, whatever ended it.
    private void WatchThisProcess()
    {
        const string outer = "setsid sh -c \"$0\" \"$@\" </dev/null >/dev/null 2>&1 &";
        const string watcher = "pid=$1; folder=$2; shift 2; while kill -0 \"$pid\" 2>/dev/null; do sleep 1; done; \"$@\"; rm -rf \"$folder\"";
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        foreach (var argument in new[] { "-c", outer, watcher, "crm-pg-watch", Environment.ProcessId.ToString(), folder })
            start.ArgumentList.Add(argument);
        foreach (var argument in Command(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "stop"], asPostgres: true))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.WaitForExit();
    }

    /// <summary>A TCP port free on 127.0.0.1 now.</summary>
    public static int FreePort()
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

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres = true, CancellationToken ct = default)
    {
        var command = Command(program, arguments, asPostgres);
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in command.Skip(1))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await error}{await output}");
    }

    // Run as root, the server's programs run as the postgres user, which PostgreSQL insists on.
    private static string[] Command(string program, string[] arguments, bool asPostgres) =>
        Environment.UserName == "root" && asPostgres ? ["runuser", "-u", "postgres", "--", program, .. arguments] : [program, .. arguments];
}
