using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Access;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Tests.Cli;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// A data folder's <c>settings.json</c> says where its database is: <c>crm migrate</c>, <c>crm users add</c> and a host
/// given only the folder all reach the PostgreSQL database it names (no SQLite file appears), and a bad value there stops
/// a command in one line naming it.
/// </summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name)]
public sealed class DataFolderSettingsTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Every_command_given_the_folder_reaches_the_database_its_settings_name()
    {
        using var data = new TempFolder();
        var database = $"crm_{Guid.NewGuid():N}";
        await WriteSettingsAsync(data.Path, new { Database = new { Provider = "postgres", ConnectionString = cluster.ConnectionString(database) } });

        var migrated = await CliRunner.RunAsync("--data-dir", data.Path, "migrate");
        var added = await CliRunner.RunAsync("--data-dir", data.Path, "users", "add", "--email", "boss@acme.example", "--role", "admin", "--password", "long enough password");

        Assert.True(migrated.ExitCode == 0, migrated.Error);
        Assert.Contains($"PostgreSQL database {database}", migrated.Out);
        Assert.True(added.ExitCode == 0, added.Error);
        await using var host = await CrmTestHost.StartAsync(o => o.DataDirectory = data.Path);
        await using var scope = host.Services.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync(CancellationToken.None);
        Assert.Equal(CrmRole.Admin, Assert.Single(users, u => u.Email == "boss@acme.example").Role);
        Assert.False(File.Exists(Path.Combine(data.Path, "crm.db")));
    }

    [Fact]
    public async Task A_bad_provider_in_the_folders_settings_is_refused_in_one_line()
    {
        using var data = new TempFolder();
        await WriteSettingsAsync(data.Path, new { Database = new { Provider = "oracle" } });

        var refused = await CliRunner.RunAsync("--data-dir", data.Path, "migrate");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("Database:Provider must be 'sqlite' or 'postgres'", refused.Error);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.False(File.Exists(Path.Combine(data.Path, "crm.db")));
    }

    private static Task WriteSettingsAsync(string folder, object settings) =>
        File.WriteAllTextAsync(Path.Combine(folder, CrmConfiguration.DataFolderSettingsFile), JsonSerializer.Serialize(settings));
}
