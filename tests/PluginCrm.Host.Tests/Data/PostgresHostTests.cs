using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// PostgreSQL chosen by configuration alone (<c>Database:Provider</c>, <c>Database:ConnectionString</c>): the host's and
/// every built-in plugin's migrations run, and money, time and text (Chinese, case-blind search, sorting) come back
/// as they do on the embedded SQLite default; the same calls are made on both. A restart finds its data and nothing
/// left to migrate.
/// </summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name)]
public sealed class PostgresHostTests(PostgresCluster cluster)
{
    private Action<CrmTestHostOptions> On(string provider, string database, string dataDirectory) => o =>
    {
        o.PluginsDirectory = TestPaths.BuiltInPlugins;
        o.DataDirectory = dataDirectory;
        if (provider == "postgres")
        {
            o.Settings["Database:Provider"] = "postgres";
            o.Settings["Database:ConnectionString"] = cluster.ConnectionString(database);
        }
    };

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Money_time_and_text_come_back_alike_and_a_restart_keeps_them(string provider)
    {
        using var data = new TempFolder();
        var on = On(provider, $"crm_{Guid.NewGuid():N}", data.Path);
        long customer;
        await using (var host = await CrmTestHost.StartAsync(on))
        {
            customer = (await (await host.Client.PostAsJsonAsync("/api/customers", new { name = "王芳 Wang", email = "Wang.Fang@Example.com", region = "east" })).As<JsonElement>()).GetProperty("id").GetInt64();
            await (await host.Client.PostAsJsonAsync("/api/customers", new { name = "ada Lovelace" })).As<JsonElement>();
            await (await host.Client.PostAsJsonAsync("/api/customers", new { name = "Ada Byron" })).As<JsonElement>();
            var order = await (await host.Client.PostAsJsonAsync("/api/orders", new
            {
                number = "PG-1", customerId = customer, orderedUtc = "2026-01-05T08:30:15.123Z", currency = "CNY",
                lines = new[] { new { description = "龙井茶", quantity = 3, unitPrice = 1234.5678m } },
            })).As<JsonElement>();
            Assert.Equal(3703.7034m, order.GetProperty("total").GetDecimal());
            await (await host.Client.PostAsJsonAsync("/api/notes", new { subject = $"customer:{customer}", text = "喜欢绿茶" })).As<JsonElement>();
        }

        await using (var again = await CrmTestHost.StartAsync(on))
        {
            var found = await again.Client.GetFromJsonAsync<JsonElement>("/api/customers?q=wang.fang@example");
            Assert.Equal("王芳 Wang", Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
            Assert.Equal(customer, Assert.Single((await again.Client.GetFromJsonAsync<JsonElement>("/api/customers?q=王芳")).GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
            var adas = (await again.Client.GetFromJsonAsync<JsonElement>("/api/customers?q=ADA&sort=name")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
            Assert.Equal(["Ada Byron", "ada Lovelace"], adas);
            var orders = await again.Client.GetFromJsonAsync<JsonElement>($"/api/orders?customerId={customer}");
            var stored = Assert.Single(orders.GetProperty("items").EnumerateArray());
            Assert.Equal(3703.7034m, stored.GetProperty("total").GetDecimal());
            Assert.Equal(new DateTime(2026, 1, 5, 8, 30, 15, 123, DateTimeKind.Utc), stored.GetProperty("orderedUtc").GetDateTime().ToUniversalTime());
            Assert.Equal("龙井茶", stored.GetProperty("lines")[0].GetProperty("description").GetString());
            var notes = await again.Client.GetFromJsonAsync<JsonElement>($"/api/notes?subject=customer:{customer}");
            Assert.Contains("喜欢绿茶", notes.GetRawText());
            var health = await again.Client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
    }
}
