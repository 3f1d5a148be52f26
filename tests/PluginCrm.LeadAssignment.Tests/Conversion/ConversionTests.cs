using System.Net;
using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Duplicates;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Tests.Conversion;

/// <summary><c>lead.convert</c> with the module on: the lead's own keys do not stop its customer, and the lead is done with.</summary>
public sealed class ConversionTests : IAsyncLifetime
{
    private AssignmentHost host = null!;

    public async Task InitializeAsync() => host = await AssignmentHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record Entry(string RecordType, long RecordId);

    [Fact]
    public async Task A_lead_converts_although_its_own_keys_match_and_its_keys_give_way_to_the_customers()
    {
        var (_, reps) = await host.TeamAsync("East", 1);
        var lead = await host.LeadAsync(new { name = "Wang Fang", phone = "+86 138-0013-8000", email = "wang.fang@example.com", ownerId = reps[0].Id });

        var response = await host.Admin.PostAsJsonAsync($"/api/leads/{lead.Id}/convert", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var customer = (await response.Content.ReadFromJsonAsync<LeadConversion>(Http.Json))!.Customer!;
        Assert.Equal(reps[0].Id, customer.OwnerId);
        Assert.Equal([new ContactIndex.Match("phone", "customer", customer.Id)],
            await host.Admin.GetFromJsonAsync<List<ContactIndex.Match>>("/api/lead-assignment/duplicates?phone=13800138000"));
        var again = await host.Admin.PostAsJsonAsync("/api/leads", new { name = "Fang", email = "wang.fang@example.com" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains($"customer {customer.Id}", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_pool_lead_converted_by_an_admin_leaves_the_pool()
    {
        var lead = await host.LeadAsync(new { name = "Nobody's lead", phone = "021 5555 0101" }); // no rule: the pool
        Assert.Contains(new Entry("lead", lead.Id), (await host.Admin.GetFromJsonAsync<List<Entry>>("/api/lead-assignment/pool", Http.Json))!);

        (await host.Admin.PostAsJsonAsync($"/api/leads/{lead.Id}/convert", new { })).EnsureSuccessStatusCode();

        Assert.DoesNotContain(new Entry("lead", lead.Id), (await host.Admin.GetFromJsonAsync<List<Entry>>("/api/lead-assignment/pool", Http.Json))!);
    }
}
