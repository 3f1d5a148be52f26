using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// The text index a search for part of a name, e-mail or phone reads (<c>Data/Providers/TextIndex</c>): on SQLite an FTS5
/// table kept by triggers, which must follow every write and be what the search reads; on PostgreSQL trigram indexes
/// that serve the search's <c>LIKE</c>.
/// </summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name)]
public sealed class TextIndexTests(PostgresCluster cluster)
{
    [Fact]
    public async Task On_sqlite_the_index_follows_creates_changes_and_purges_and_the_search_reads_it()
    {
        using var data = new TempFolder();
        await using var host = await CrmTestHost.StartAsync(o => { o.DataDirectory = data.Path; o.Settings["Database:Provider"] = "sqlite"; });
        var kept = await CreateAsync(host, "Ada Lovelace", "ada_l@example.com");
        var renamed = await CreateAsync(host, "Grace Hopper", "grace@example.com");
        var purged = await CreateAsync(host, "Edsger Dijkstra", "edsger@example.com");
        Assert.Equal(HttpStatusCode.Created, (await host.Client.PostAsJsonAsync("/api/leads", new { name = "Barbara Liskov", companyName = "CLU Systems" })).StatusCode);
        await CreateAsync(host, "Adaxl Other", "adaxl@example.com"); // "ada_l" with _ as a wildcard would find it too
        Assert.Equal(HttpStatusCode.OK, (await host.Client.Put($"/api/customers/{renamed.Id}", renamed with { Name = "Grace Brewster" }, ifMatch: renamed.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.DeleteAsync($"/api/customers/{purged.Id}?purge=true")).StatusCode);

        Assert.Equal(["Ada Lovelace"], await FoundAsync(host, "ada_l"));
        Assert.Equal(["Grace Brewster"], await FoundAsync(host, "brewster"));
        Assert.Empty(await FoundAsync(host, "hopper"));
        Assert.Empty(await FoundAsync(host, "dijkstra"));

        // FTS5's query syntax in a search is text to find, not syntax: no error, and nothing matches it.
        Assert.Empty(await FoundAsync(host, "ada\" OR *lovelace"));
        Assert.Equal(["Ada Lovelace"], await FoundAsync(host, "ADA_L@EXAMPLE"));

        await using var connection = await host.ConnectAsync();
        // FTS5 compares its index with the table itself, row by row, and fails on any difference.
        await ExecuteAsync(connection, "INSERT INTO customers_text (customers_text, rank) VALUES ('integrity-check', 1)");
        await ExecuteAsync(connection, "INSERT INTO leads_text (leads_text, rank) VALUES ('integrity-check', 1)");
        // Taken out of the index (as a lost trigger would leave it), a customer is no longer found: the search reads the index.
        await ExecuteAsync(connection, $"INSERT INTO customers_text (customers_text, rowid, \"NameKey\", \"Email\", \"PhoneKey\") VALUES ('delete', {kept.Id}, 'adalovelace', 'ada_l@example.com', NULL)");
        Assert.Empty(await FoundAsync(host, "lovelace"));
        // Two characters make no trigram: that search tests every row, and finds her still.
        Assert.Equal(["Ada Lovelace"], await FoundAsync(host, "ov"));
    }

    [Fact]
    public async Task On_sqlite_two_characters_of_a_chinese_name_are_found_through_the_pairs_which_follow_every_write()
    {
        using var data = new TempFolder();
        await using var host = await CrmTestHost.StartAsync(o => { o.DataDirectory = data.Path; o.Settings["Database:Provider"] = "sqlite"; });
        var heJie = await CreateAsync(host, "何杰", "hejie@example.com");
        await CreateAsync(host, "王何杰明", "wang@example.com");
        await CreateAsync(host, "杰何", "jiehe@example.com"); // the same two characters the other way round
        await CreateAsync(host, "Ada 何", "ada@example.com"); // a pair of a Latin letter and a Chinese character
        var renamed = await CreateAsync(host, "李何杰", "li@example.com");
        var purged = await CreateAsync(host, "赵何杰", "zhao@example.com");
        Assert.Equal(HttpStatusCode.OK, (await host.Client.Put($"/api/customers/{renamed.Id}", renamed with { Name = "李明" }, ifMatch: renamed.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.DeleteAsync($"/api/customers/{purged.Id}?purge=true")).StatusCode);

        await using var connection = await host.ConnectAsync();
        foreach (var (q, expected) in new[] { ("何杰", new[] { "何杰", "王何杰明" }), ("杰何", ["杰何"]), ("李明", ["李明"]), ("a何", ["Ada 何"]), ("赵何", []) })
        {
            Assert.Equal(expected, await FoundAsync(host, q));
            // What testing every row finds, no more and no less.
            Assert.Equal(expected, await NamesAsync(connection, $"SELECT \"Name\" FROM customers WHERE \"NameKey\" LIKE '%{q.ToLowerInvariant()}%' ORDER BY \"Name\""));
        }
        // Taken out of the pairs (as a lost trigger would leave it), 何杰 is no longer found: the search reads them.
        await ExecuteAsync(connection, $"DELETE FROM customers_pairs WHERE \"Id\" = {heJie.Id}");
        Assert.Equal(["王何杰明"], await FoundAsync(host, "何杰"));
        // A name of Latin letters adds nothing to the pairs.
        await CreateAsync(host, "Grace Hopper", "grace@example.com");
        Assert.Empty(await NamesAsync(connection, "SELECT c.\"Name\" FROM customers_pairs p JOIN customers c ON c.\"Id\" = p.\"Id\" WHERE c.\"Name\" = 'Grace Hopper'"));
    }

    [Fact]
    public async Task On_postgres_the_searched_columns_have_trigram_indexes_that_serve_a_like()
    {
        using var data = new TempFolder();
        var database = $"crm_{Guid.NewGuid():N}";
        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.DataDirectory = data.Path;
            o.Settings["Database:Provider"] = "postgres";
            o.Settings["Database:ConnectionString"] = cluster.ConnectionString(database);
        });
        await CreateAsync(host, "Ada Lovelace", "ada@example.com");
        Assert.Equal(["Ada Lovelace"], await FoundAsync(host, "lovel"));

        await using var connection = new NpgsqlConnection(cluster.ConnectionString(database));
        await connection.OpenAsync();
        await ExecuteAsync(connection, "SET enable_seqscan = off"); // a handful of rows: the planner would rather read them all
        var plan = new List<string>();
        foreach (var column in new[] { "customers\" WHERE \"NameKey", "customers\" WHERE \"Email", "customers\" WHERE \"PhoneKey", "leads\" WHERE \"CompanyKey" })
        {
            await using var explain = new NpgsqlCommand($"EXPLAIN SELECT \"Id\" FROM \"{column}\" LIKE '%lovel%'", connection);
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(0));
        }
        foreach (var index in new[] { "IX_customers_NameKey_trigrams", "IX_customers_Email_trigrams", "IX_customers_PhoneKey_trigrams", "IX_leads_CompanyKey_trigrams" })
            Assert.Contains(plan, line => line.Contains(index));
    }

    private static async Task<CustomerRecord> CreateAsync(CrmTestHost host, string name, string email) =>
        await (await host.Client.PostAsJsonAsync("/api/customers", new { name, email })).As<CustomerRecord>();

    private static async Task<string[]> FoundAsync(CrmTestHost host, string q) =>
        [.. (await host.Client.Get<ListPage<CustomerRecord>>($"/api/customers?sort=name&q={Uri.EscapeDataString(q)}")).Items.Select(c => c.Name)];

    private static async Task<string[]> NamesAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return [.. names];
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
