using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Demo.Generated;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Demo;

/// <summary>
/// The demo generated on PostgreSQL, in the default run: one scope writes thousands of changes through every module (a
/// plugin's own transactions among them, a scoring run after), which is where a context still holding an earlier
/// change's transaction failed (Npgsql refuses a finished transaction that SQLite takes).
/// </summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name), Trait(PostgresCollection.Repeat, PostgresCollection.ForSqliteRuns)]
public sealed class DemoOnPostgresTests(PostgresCluster cluster)
{
    [Fact]
    public async Task The_demo_generates_with_every_module_on_postgres()
    {
        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = TestPaths.BuiltInPlugins;
            o.Settings["Database:Provider"] = "postgres";
            o.Settings["Database:ConnectionString"] = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");
        });

        await host.Services.GetRequiredService<DemoGenerator>().GenerateAsync(DemoGenerator.DefaultSeed, new Progress<string>(), CancellationToken.None);

        var complaints = await host.Client.Get<JsonElement>("/api/feedback/complaints?pageSize=200");
        var answers = await host.Client.Get<JsonElement>("/api/feedback/scores");
        var scores = await host.Client.Get<JsonElement>("/api/value-scoring/scores?pageSize=1");
        Assert.Equal(60, complaints.GetProperty("total").GetInt32());
        Assert.True(answers.GetProperty("total").GetProperty("responses").GetInt32() > 0, answers.GetRawText()); // answered by link, in the plugin's own transaction
        Assert.True(scores.GetProperty("total").GetInt32() > 1000, scores.GetRawText());
    }
}
