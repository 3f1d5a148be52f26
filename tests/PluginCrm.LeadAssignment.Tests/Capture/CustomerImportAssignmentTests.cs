using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Customers;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Tests.Capture;

/// <summary>Customers created without an owner (an import) go through the assignment rules, as leads do; those with an owner keep it.</summary>
public sealed class CustomerImportAssignmentTests : IAsyncLifetime
{
    private AssignmentHost host = null!;
    private string folder = null!;

    public async Task InitializeAsync()
    {
        host = await AssignmentHost.StartAsync();
        folder = Directory.CreateTempSubdirectory("crm-import-").FullName;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private sealed record Decision(string RecordType, long RecordId, string Action, long? ToOwnerId, string? RuleName);

    private sealed record Entry(string RecordType, long RecordId);

    private async Task<ImportReport> ImportAsync(params string[] lines)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(path, lines);
        await using var scope = host.Host.Services.CreateAsyncScope();
        var session = ActivatorUtilities.CreateInstance<ImportSession>(scope.ServiceProvider, NoProgress.Instance);
        var importer = scope.ServiceProvider.GetRequiredService<CustomerCsvImporter>();
        return await session.RunAsync(false, (s, ct) => importer.ImportAsync(s, path, CustomerCsvMapping.Parse("name=Name,region=Region,owner=Owner", "email"), ct), CancellationToken.None);
    }

    private async Task<Dictionary<string, CustomerRecord>> CustomersAsync() =>
        (await host.Admin.GetFromJsonAsync<Page>("/api/customers?pageSize=100", Http.Json))!.Items.ToDictionary(c => c.Name);

    private sealed record Page(List<CustomerRecord> Items);

    [Fact]
    public async Task Imported_customers_without_an_owner_are_routed_by_the_rules_and_those_with_one_keep_it()
    {
        var (east, reps) = await host.TeamAsync("East", 2);
        var (_, others) = await host.TeamAsync("West", 1);
        await host.RuleAsync(new { name = "east", regions = "East", teamId = east, strategy = "round-robin" });

        var report = await ImportAsync(
            "Name,Region,Owner",
            "王小明,East,",
            "李娜,East,",
            $"张伟,East,{others[0].Id}",
            "赵磊,Mars,");

        Assert.Empty(report.Errors);
        var customers = await CustomersAsync();
        Assert.Equal([reps[0].Id, reps[1].Id], [customers["王小明"].OwnerId!.Value, customers["李娜"].OwnerId!.Value]); // in turn
        Assert.Equal((others[0].Id, (long?)null), (customers["张伟"].OwnerId!.Value, (await DecisionsAsync(customers["张伟"].Id)).SingleOrDefault()?.ToOwnerId));
        Assert.Null(customers["赵磊"].OwnerId); // no rule matched, no fallback owner: the public pool
        var pool = await host.Admin.GetFromJsonAsync<List<Entry>>("/api/lead-assignment/pool", Http.Json);
        Assert.Contains(new Entry("customer", customers["赵磊"].Id), pool!);
        var decision = Assert.Single(await DecisionsAsync(customers["王小明"].Id));
        Assert.Equal(("assign", "east"), (decision.Action, decision.RuleName));
    }

    private async Task<List<Decision>> DecisionsAsync(long customerId) =>
        (await host.Admin.GetFromJsonAsync<List<Decision>>($"/api/lead-assignment/audit?recordType=customer&recordId={customerId}", Http.Json))!;
}
