using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.MavenCrm;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Maven;

/// <summary>
/// A host with the Maven CRM data set imported (35 agents under 6 managers, 8,800 deals), and the teams as the test
/// reads them itself from <c>sales_teams.csv</c>: manager → that team's agents' user ids, in user-id order.
/// </summary>
public sealed class MavenAgents : IAsyncLifetime
{
    public AssignmentHost Host { get; private set; } = null!;
    public Dictionary<string, (long TeamId, List<long> Agents)> Teams { get; } = [];

    public static string DataDirectory
    {
        get
        {
            var hostOutput = typeof(MavenAgents).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HostOutputDir").Value!;
            for (var dir = new DirectoryInfo(hostOutput); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "shared", "data", "maven-crm")))
                    return Path.Combine(dir.FullName, "shared", "data", "maven-crm");
            throw new DirectoryNotFoundException("../shared/data/maven-crm is not beside the repository");
        }
    }

    private sealed record User(long Id, string Name, string Role, long? TeamId);

    public async Task InitializeAsync()
    {
        Host = await AssignmentHost.StartAsync();
        await using (var scope = Host.Host.Services.CreateAsyncScope())
        {
            var session = ActivatorUtilities.CreateInstance<ImportSession>(scope.ServiceProvider, NoProgress.Instance);
            var report = await session.RunAsync(false, (s, ct) => scope.ServiceProvider.GetRequiredService<MavenCrmImporter>().ImportAsync(s, DataDirectory, ct), CancellationToken.None);
            Assert.Empty(report.Errors);
        }

        var users = (await Host.Admin.GetFromJsonAsync<List<User>>("/api/users"))!.ToDictionary(u => u.Name);
        using var reader = new StreamReader(Path.Combine(DataDirectory, "sales_teams.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        foreach (var row in csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>())
        {
            var (agent, manager) = ((string)row["sales_agent"], (string)row["manager"]);
            var team = Teams.TryGetValue(manager, out var t) ? t : Teams[manager] = (users[agent].TeamId!.Value, []);
            team.Agents.Add(users[agent].Id);
        }
        foreach (var team in Teams.Values)
            team.Agents.Sort();
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
