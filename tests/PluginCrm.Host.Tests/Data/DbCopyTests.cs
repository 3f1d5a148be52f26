using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PluginCrm.Host.Tests.Cli;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// <c>crm db copy</c>: a company on the embedded SQLite moves to PostgreSQL with nothing lost (a host on the copy answers
/// the same reads, ids included, and goes on creating records past the copied ids), and back to a new SQLite file with
/// the same checksums; a target with rows, a source at other schema versions and an unknown kind of database are refused
/// in one line, and a copy that fails leaves the target as it was.
/// </summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name)]
public sealed partial class DbCopyTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_company_moves_to_PostgreSQL_and_back_with_every_table_alike()
    {
        using var sqlite = new TempFolder();
        var postgres = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");
        var (reads, ids) = await FillAsync(sqlite.Path);

        var there = await CliRunner.RunAsync("db", "copy", "--from", $"sqlite:{sqlite.Path}", "--to", $"postgres:{postgres}");
        Assert.True(there.ExitCode == 0, there.Error);
        var copied = Checksums(there.Out);
        Assert.Equal(3, copied["customers"].Rows);
        Assert.Equal(1, copied["notes_notes"].Rows);
        Assert.Equal(1, copied["feedback_complaints"].Rows);
        Assert.Contains(copied, t => t.Key == "la_rules" && t.Value.Rows == 1);
        Assert.EndsWith("every count and checksum matches", there.Out.TrimEnd());

        using var back = new TempFolder();
        var again = await CliRunner.RunAsync("db", "copy", "--from", $"postgres:{postgres}", "--to", $"sqlite:{Path.Combine(back.Path, "crm.db")}");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(copied, Checksums(again.Out));

        await using var host = await CrmTestHost.StartAsync(OnPostgres(postgres));
        foreach (var (path, json) in reads)
            Assert.Equal(json, await host.Client.GetStringAsync(path));
        // New records take ids past the copied ones, in the host's tables and the plugins' alike.
        var customer = await CreatedIdAsync(host.Client, "/api/customers", new { name = "张伟" });
        Assert.True(customer > ids["customer"], $"customer {customer} after {ids["customer"]}");
        Assert.True(await CreatedIdAsync(host.Client, "/api/orders", Order(customer, "COPY-2")) > ids["order"]);
        Assert.True(await CreatedIdAsync(host.Client, "/api/notes", new { subject = $"customer:{customer}", text = "新笔记" }) > ids["note"]);
        Assert.True(await CreatedIdAsync(host.Client, "/api/feedback/complaints", new { customerId = customer, subject = "包装破损", description = "盒子压坏了" }) > ids["complaint"]);
    }

    [Fact]
    public async Task A_time_finer_than_PostgreSQL_keeps_is_cut_to_the_microsecond_and_said_so()
    {
        using var source = await MigratedAsync();
        // SQLite's text keeps the tick (100 ns) that the host's clock gives; PostgreSQL keeps microseconds.
        await new CrmDbFile(source.Path).ScalarAsync("INSERT INTO notes_notes (Subject, Text, CreatedUtc) VALUES ('customer:1', '七位小数', '2026-01-05 09:00:00.1234567')");
        var postgres = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");

        var copied = await CliRunner.RunAsync("db", "copy", "--from", $"sqlite:{source.Path}", "--to", $"postgres:{postgres}");

        Assert.True(copied.ExitCode == 0, copied.Error);
        Assert.EndsWith("every count and checksum matches; 1 time was cut to 1 µs, the finest the target keeps", copied.Out.TrimEnd());
        await using var connection = new Npgsql.NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var read = new Npgsql.NpgsqlCommand("SELECT \"CreatedUtc\" FROM notes_notes", connection);
        Assert.Equal(new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc).AddTicks(1_234_560), (DateTime)(await read.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_target_with_rows_is_refused_in_one_line_naming_a_table_and_keeps_them()
    {
        using var source = await MigratedAsync();
        using var target = await MigratedAsync();
        var file = new CrmDbFile(target.Path);
        await file.ScalarAsync("INSERT INTO notes_notes (Subject, Text, CreatedUtc) VALUES ('customer:1', '别删我', '2026-01-05 09:00:00')");

        var refused = await CliRunner.RunAsync("db", "copy", "--from", $"sqlite:{source.Path}", "--to", $"sqlite:{target.Path}");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("crm: the target is not empty (table notes_notes has 1 row): copy into a new database, or one that only 'crm migrate' has prepared\n", refused.Error);
        Assert.Equal(1, await file.CountAsync("notes_notes", "Text = '别删我'"));
    }

    [Fact]
    public async Task A_target_only_crm_migrate_has_prepared_is_taken_though_its_migrations_wrote_rows()
    {
        using var source = await MigratedAsync();
        await new CrmDbFile(source.Path).ScalarAsync("INSERT INTO notes_notes (Subject, Text, CreatedUtc) VALUES ('customer:1', '搬家', '2026-01-05 09:00:00')");
        using var target = await MigratedAsync(); // lead assignment's migration writes its first stamp: a row before any use

        var copied = await CliRunner.RunAsync("db", "copy", "--from", $"sqlite:{source.Path}", "--to", $"sqlite:{target.Path}");

        Assert.True(copied.ExitCode == 0, copied.Error);
        Assert.Equal(1, await new CrmDbFile(target.Path).CountAsync("notes_notes", "Text = '搬家'"));
        Assert.Equal(1, await new CrmDbFile(target.Path).CountAsync("la_stamps"));
    }

    [Fact]
    public async Task A_source_behind_this_build_is_refused_and_nothing_is_made()
    {
        using var source = await MigratedAsync();
        var file = new CrmDbFile(source.Path);
        var last = (string)(await file.ScalarAsync("SELECT max(MigrationId) FROM __migrations_host"))!;
        await file.ScalarAsync($"DELETE FROM __migrations_host WHERE MigrationId = '{last}'");
        var postgres = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");

        var refused = await CliRunner.RunAsync("db", "copy", "--from", $"sqlite:{source.Path}", "--to", $"postgres:{postgres}");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith($"crm: schema versions differ: host: source has ", refused.Error);
        Assert.Contains($", this build {last} (", refused.Error);
        Assert.Single(refused.Error.TrimEnd().Split('\n'));
        Assert.Equal(0, await PostgresTablesAsync(postgres));
    }

    [Fact]
    public async Task A_source_with_a_migration_this_build_does_not_know_is_refused()
    {
        using var source = await MigratedAsync();
        await new CrmDbFile(source.Path).ScalarAsync("INSERT INTO __migrations_notes (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '10.0.0')");
        using var target = new TempFolder();

        var refused = await CliRunner.RunAsync("db", "copy", "--from", $"sqlite:{source.Path}", "--to", $"sqlite:{target.Path}");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("schema versions differ: notes: source has 29990101000000_FromTheFuture, which this build does not know", refused.Error);
        Assert.False(File.Exists(Path.Combine(target.Path, "crm.db")));
    }

    [Theory]
    [InlineData("--from", "mysql:Server=db;Password=secret", "'mysql:' is not a database the CRM runs on")]
    [InlineData("--from", "Host=db;Password=secret", "names no kind of database")]
    [InlineData("--to", "sqlite:backup.db", "'backup.db' is not a data folder or its crm.db")]
    public async Task An_address_of_no_known_kind_is_a_usage_error_that_repeats_no_password(string option, string address, string message)
    {
        var (from, to) = option == "--from" ? (address, "sqlite:unused") : ("sqlite:unused", address);

        var refused = await CliRunner.RunAsync("db", "copy", "--from", from, "--to", to);

        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith($"crm: {option} {message}", refused.Error);
        Assert.DoesNotContain("secret", refused.Error);
    }

    [Fact]
    public async Task A_copy_that_fails_on_the_way_leaves_the_target_as_it_was()
    {
        using var source = await MigratedAsync();
        // An order line whose order is gone, written past SQLite's key check: PostgreSQL refuses it mid-copy.
        await new CrmDbFile(source.Path).ScalarAsync("PRAGMA foreign_keys = OFF; INSERT INTO order_lines (OrderId, LineNumber, Description, Quantity, UnitPrice) VALUES (999, 1, '孤儿', 10000, 10000)");
        var postgres = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");

        var failed = await CliRunner.RunAsync("db", "copy", "--from", $"sqlite:{source.Path}", "--to", $"postgres:{postgres}");

        Assert.Equal(1, failed.ExitCode);
        Assert.StartsWith("crm: the copy failed, and the target was left as it was: 23503", failed.Error);
        Assert.Equal(0, await PostgresTablesAsync(postgres));
    }

    // A SQLite company with the built-in plugins: Chinese names, 4-decimal money, a millisecond time, a note, a
    // complaint and an assignment rule; returns the API's answers to compare and the highest ids.
    private static async Task<(Dictionary<string, string> Reads, Dictionary<string, long> Ids)> FillAsync(string folder)
    {
        // The company starts on its SQLite file, whatever the run's database.
        await using var host = await CrmTestHost.StartAsync(o => { o.PluginsDirectory = TestPaths.BuiltInPlugins; o.DataDirectory = folder; o.Settings["Database:Provider"] = "sqlite"; });
        var team = await host.CreateTeamAsync("华东销售部");
        var wang = await CreatedIdAsync(host.Client, "/api/customers", new { name = "王芳", email = "wang.fang@example.cn", region = "east", teamId = team });
        var li = await CreatedIdAsync(host.Client, "/api/customers", new { name = "李伟 Li Wei", region = "east" });
        var ada = await CreatedIdAsync(host.Client, "/api/customers", new { name = "Ada Lovelace" });
        var order = await CreatedIdAsync(host.Client, "/api/orders", Order(wang, "COPY-1"));
        var note = await CreatedIdAsync(host.Client, "/api/notes", new { subject = $"customer:{li}", text = "喜欢绿茶，周五下午联系" });
        var complaint = await CreatedIdAsync(host.Client, "/api/feedback/complaints", new { customerId = wang, subject = "茶叶受潮", description = "收到的龙井茶受潮了" });
        await CreatedIdAsync(host.Client, "/api/lead-assignment/rules", new { name = "华东大客户", regions = "east", teamId = team, strategy = "round-robin", minValue = 12345.6789m });
        string[] paths =
        [
            $"/api/customers/{wang}", $"/api/customers/{li}", "/api/customers", $"/api/orders/{order}", $"/api/notes?subject=customer:{li}",
            $"/api/feedback/complaints/{complaint}", "/api/lead-assignment/rules",
        ];
        var reads = new Dictionary<string, string>();
        foreach (var path in paths)
            reads[path] = await host.Client.GetStringAsync(path);
        Assert.Contains("1234.5678", reads[$"/api/orders/{order}"]);
        Assert.Contains("08:30:15.123", reads[$"/api/orders/{order}"]);
        return (reads, new Dictionary<string, long> { ["customer"] = ada, ["order"] = order, ["note"] = note, ["complaint"] = complaint });
    }

    private static object Order(long customer, string number) => OrderBodies.Of(customer, "2026-01-05T08:30:15.123Z", 1234.5678m, "龙井茶 特级", quantity: 3, number: number);

    private static async Task<long> CreatedIdAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    // A data folder migrated by this build with the built-in plugins, as `crm migrate` leaves it.
    private static async Task<TempFolder> MigratedAsync()
    {
        var folder = new TempFolder();
        var migrated = await CliRunner.RunAsync("--data-dir", folder.Path, "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.Error);
        return folder;
    }

    private static Action<CrmTestHostOptions> OnPostgres(string connectionString) => o =>
    {
        o.PluginsDirectory = TestPaths.BuiltInPlugins;
        o.Settings["Database:Provider"] = "postgres";
        o.Settings["Database:ConnectionString"] = connectionString;
    };

    private static Dictionary<string, (long Rows, string Checksum)> Checksums(string output) =>
        TableLine().Matches(output).ToDictionary(m => m.Groups["table"].Value,
            m => (long.Parse(m.Groups["rows"].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture), m.Groups["checksum"].Value));

    private async Task<long> PostgresTablesAsync(string connectionString)
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new Npgsql.NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var exists = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database! } } };
        if ((long)(await exists.ExecuteScalarAsync())! == 0)
            return 0;
        await using var target = new Npgsql.NpgsqlConnection(connectionString);
        await target.OpenAsync();
        await using var tables = new Npgsql.NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", target);
        return (long)(await tables.ExecuteScalarAsync())!;
    }

    [GeneratedRegex(@"^(?<table>\w+) \([\w-]+\): (?<rows>[\d,]+) rows?, checksum (?<checksum>[0-9a-f]+) matches$", RegexOptions.Multiline)]
    private static partial Regex TableLine();
}
