using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Providers;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Plugins;

namespace PluginCrm.Sdk.Testing;

/// <summary>
/// The database a <see cref="CrmTestHost"/> starts on: a SQLite file in its data folder, or, when the environment variable
/// <c>PLUGINCRM_TEST_DATABASE</c> is <c>postgres</c>, a PostgreSQL database of its own on one throw-away cluster per test
/// process (started at the first such host, stopped when the process exits). The database is named in the data folder's
/// <c>settings.json</c>, as a company on PostgreSQL names it, so that a host restarted on the folder and every
/// <c>crm</c> command given it reach the same database.
/// </summary>
internal static class TestDatabase
{
    public const string Variable = "PLUGINCRM_TEST_DATABASE";

    private static readonly Lazy<Task<ThrowawayPostgres>> Cluster = new(StartClusterAsync);

    // The host's tables as its migrations make them, and a plugins folder's too, made once per process and folder (as its
    // files are) and copied for each new database of the kit's own: a fresh database's migrations cost more than the rest
    // of a test host's start, and the built-in plugins' more than the host's on a warm start.
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> SqliteTemplates = new();
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> PostgresTemplates = new();
    private static readonly ConcurrentDictionary<string, int> FoldersSeen = new();

    /// <summary>Whether this run's hosts are on PostgreSQL.</summary>
    public static bool OnPostgres { get; } = Environment.GetEnvironmentVariable(Variable) switch
    {
        null or "" or "sqlite" => false,
        "postgres" => true,
        var other => throw new InvalidOperationException($"{Variable} must be 'sqlite' or 'postgres', not '{other}'"),
    };

    /// <summary>
    /// Gives a new data folder (<paramref name="fresh"/>: the kit's own, or an empty one of the test's) the host's migrated
    /// tables, and those of the plugins in <paramref name="pluginsDirectory"/> when one is given, copied from this process's
    /// template; on PostgreSQL, gives <paramref name="dataDirectory"/> a new database unless its settings or the test's own
    /// already name one. Returns the new PostgreSQL database's name (to drop with the folder), else null.
    /// </summary>
    public static async Task<string?> PlaceAsync(string dataDirectory, IReadOnlyDictionary<string, string?> settings, bool fresh, string? pluginsDirectory, CancellationToken ct)
    {
        var file = Path.Combine(dataDirectory, CrmConfiguration.DataFolderSettingsFile);
        // A test that sets anything of how its database is opened or migrated gets what a first start makes of it.
        var fromTemplate = fresh && !settings.Keys.Any(k => k.StartsWith("Database:", StringComparison.OrdinalIgnoreCase));
        if (!OnPostgres)
        {
            if (fromTemplate)
                File.Copy(await Template(SqliteTemplates, MakeSqliteTemplateAsync, pluginsDirectory).WaitAsync(ct), Path.Combine(Directory.CreateDirectory(dataDirectory).FullName, SqliteProvider.FileName));
            return null;
        }
        if (settings.ContainsKey("Database:Provider") || File.Exists(file))
            return null;
        var name = $"crm_{Guid.NewGuid():N}";
        var connectionString = await ConnectionStringAsync(name, ct);
        if (fromTemplate)
        {
            var template = await Template(PostgresTemplates, MakePostgresTemplateAsync, pluginsDirectory).WaitAsync(ct);
            await AdministerAsync(version => $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"{CopyStrategy(version)}", ct);
        }
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { Database = new { Provider = "postgres", ConnectionString = connectionString } }), ct);
        return name;
    }

    /// <summary>A connection string for a new database on this process's cluster (the host's first migration creates it).</summary>
    public static async Task<string> ConnectionStringAsync(string database, CancellationToken ct)
    {
        var cluster = await Cluster.Value.WaitAsync(ct);
        return cluster.ConnectionString(database);
    }

    /// <summary>Drops a database <see cref="PlaceAsync"/> made, with whatever connections are left to it.</summary>
    public static Task DropAsync(string database) => AdministerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", CancellationToken.None);

    private static Task AdministerAsync(string sql, CancellationToken ct) => AdministerAsync(_ => sql, ct);

    // The statement may depend on the server's version.
    private static async Task AdministerAsync(Func<Version, string> sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(await ConnectionStringAsync("postgres", ct));
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql(connection.PostgreSqlVersion), connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    // A test's database is a copy of the small template: PostgreSQL 15 writes every block of it to the log by default, and
    // copying its files took half the time (13 against 26 ms a database, and 8 against 12 ms to drop it; 30 of each on the
    // test cluster, 2026-11-29). Older servers only copy files.
    private static string CopyStrategy(Version server) => server.Major >= 15 ? " STRATEGY = FILE_COPY" : "";

    // A plugins folder's template is known by the folder and its files' names, sizes and times: a test that changes the
    // folder gets a template of what it holds now. One that cannot be made (a plugin whose migration fails) leaves the
    // plugins' migrations to the host's start, on a copy of the host's own template. A folder gets its template at its
    // second host: most folders of the tests' own serve one, and a template costs a start.
    private static Task<string> Template(ConcurrentDictionary<string, Lazy<Task<string>>> templates, Func<string?, Task<string>> make, string? pluginsDirectory)
    {
        var key = pluginsDirectory is null || !Directory.Exists(pluginsDirectory) ? "" : Fingerprint(pluginsDirectory);
        if (key.Length > 0 && FoldersSeen.AddOrUpdate(key, 1, (_, seen) => seen + 1) == 1)
            key = "";
        return templates.GetOrAdd(key, _ => new Lazy<Task<string>>(async () =>
        {
            if (key.Length == 0)
                return await make(null);
            try
            {
                return await make(pluginsDirectory);
            }
            catch (Exception)
            {
                return await Template(templates, make, null);
            }
        })).Value;
    }

    private static string Fingerprint(string folder)
    {
        var files = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f.FullName)}|{f.Length}|{f.LastWriteTimeUtc.Ticks}").Order(StringComparer.Ordinal);
        return Path.GetFullPath(folder) + "|" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', files))));
    }

    // The template is what a host's start makes of an empty database before its plugins start: PrepareDatabaseAsync, and
    // with a plugins folder each loaded plugin's migrations.
    private static async Task MigrateAsync(string dataDirectory, string? pluginsDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var start = new CrmStartOptions { CommandLine = true, LogFile = false };
        start.Settings["DataDir"] = dataDirectory;
        start.Settings["PluginsDir"] = pluginsDirectory ?? Directory.CreateDirectory(Path.Combine(dataDirectory, "no-plugins")).FullName;
        start.Settings["Serilog:MinimumLevel:Default"] = "Warning";
        foreach (var (setting, value) in settings)
            start.Settings[setting] = value;
        await using var app = CrmApplication.Build(start);
        await app.Services.PrepareDatabaseAsync(CancellationToken.None);
        if (pluginsDirectory is not null)
            await PluginStarter.MigrateAllAsync(app.Services, app.Catalog, CancellationToken.None);
    }

    private static async Task<string> MakeSqliteTemplateAsync(string? pluginsDirectory)
    {
        var folder = Directory.CreateTempSubdirectory("plugincrm-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        await MigrateAsync(folder, pluginsDirectory, new Dictionary<string, string>());
        var file = Path.Combine(folder, SqliteProvider.FileName);
        // Everything in the one file, to copy it alone: the log folded in (the file stays in WAL mode).
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var checkpoint = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE);", connection);
        await checkpoint.ExecuteNonQueryAsync();
        return file;
    }

    private static async Task<string> MakePostgresTemplateAsync(string? pluginsDirectory)
    {
        var name = $"crm_template_{Guid.NewGuid():N}";
        var folder = Directory.CreateTempSubdirectory("plugincrm-template-").FullName;
        try
        {
            await MigrateAsync(folder, pluginsDirectory, new Dictionary<string, string>
            {
                ["Database:Provider"] = "postgres",
                ["Database:ConnectionString"] = await ConnectionStringAsync(name, CancellationToken.None),
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return name; // with no session left on it, as a copy needs: the host's pool of connections went with the host
    }

    private static async Task<ThrowawayPostgres> StartClusterAsync()
    {
        var cluster = await ThrowawayPostgres.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    }
}
