using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.LeadAssignment.Duplicates;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Tests.Duplicates;

public sealed class DuplicateTests : IAsyncLifetime
{
    private AssignmentHost host = null!;

    public async Task InitializeAsync() => host = await AssignmentHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_second_capture_of_the_same_contact_finds_the_first_and_its_owner()
    {
        var (_, reps) = await host.TeamAsync("East", 1);
        var first = await host.LeadAsync(new { name = "Wang Fang", phone = "+86 138-0013-8000", ownerId = reps[0].Id });

        var byPhone = await host.Admin.PostAsJsonAsync("/api/leads", new { name = "王芳", phone = "００８６-１３８００１３８０００" });
        var byEmail = await host.Admin.PostAsJsonAsync("/api/customers", new { name = "Fang", email = " WANG.FANG@Example.com" });
        var byEmailAgain = await host.Admin.PostAsJsonAsync("/api/leads", new { name = "Fang", email = "wang.fang@example.com " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, byPhone.StatusCode);
        Assert.Contains($"lead {first.Id}, owned by user {reps[0].Id}", await byPhone.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, byEmail.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byEmailAgain.StatusCode);
        Assert.Contains("a customer with the same email exists", await byEmailAgain.Content.ReadAsStringAsync());
        var leads = await host.Admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/leads");
        Assert.Equal(1, leads.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_module_acting_as_a_named_system_user_is_not_a_capture()
    {
        // What another module writes as the system under its own name (as lifecycle and value scoring do) is no
        // rep's capture: like an import, it is not refused for sharing a phone with a lead.
        var first = await host.LeadAsync(new { name = "Zhao Lei", phone = "139 0000 1111" });
        await using var scope = host.Host.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<ICrmRecords>();

        var byModule = await records.CreateAsync(new LeadRecord(0, "Zhao Lei (web form)", null, null, "13900001111", "web", null, null, null, null, null, null, null, LeadStatus.New, null, default, default, 0), ActingUser.System with { Name = "web-forms" }, CancellationToken.None);

        Assert.NotEqual(first.Id, byModule.Id);
        var byRep = await host.Admin.PostAsJsonAsync("/api/leads", new { name = "Zhao", phone = "139-0000-1111" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byRep.StatusCode);
    }

    [Fact]
    public async Task A_changed_phone_is_found_by_its_new_value_only()
    {
        var lead = await host.LeadAsync(new { name = "A", phone = "111 222 333" });
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/leads/{lead.Id}", lead with { Phone = "444 555 666" }, Http.Json));

        var old = await host.Admin.GetFromJsonAsync<List<ContactIndex.Match>>("/api/lead-assignment/duplicates?phone=111222333");
        var now = await host.Admin.GetFromJsonAsync<List<ContactIndex.Match>>("/api/lead-assignment/duplicates?phone=444-555-666");

        Assert.Empty(old!);
        Assert.Equal([new ContactIndex.Match("phone", "lead", lead.Id)], now!);
    }

    [Fact]
    public async Task A_lookup_by_several_keys_lists_the_phone_matches_first_then_the_email_then_the_company_each_oldest_first()
    {
        var byCompany = await host.LeadAsync(new { name = "A", companyName = "Acme Trading Ltd" });
        var byEmail = await host.CustomerAsync(new { name = "B", email = "b@acme.test" });
        var byPhone = await host.LeadAsync(new { name = "C", phone = "138 0013 8000" });
        // A second record with that phone only as the system (an import) may write it: a capture would be refused.
        await using var scope = host.Host.Services.CreateAsyncScope();
        var byPhoneToo = await scope.ServiceProvider.GetRequiredService<ICrmRecords>().CreateAsync(new LeadRecord(0, "D", null, null, "+86 138 0013 8000", null, null,
            null, null, null, null, null, null, LeadStatus.New, null, default, default, 0), ActingUser.System, CancellationToken.None);

        var found = await host.Admin.GetFromJsonAsync<List<ContactIndex.Match>>(
            "/api/lead-assignment/duplicates?phone=13800138000&email=B@ACME.test&company=Acme%20Trading%20Ltd");

        Assert.Equal([new("phone", "lead", byPhone.Id), new("phone", "lead", byPhoneToo.Id), new("email", "customer", byEmail.Id),
            new ContactIndex.Match("company", "lead", byCompany.Id)], found!);
    }

    private sealed record Told(string Kind, string RecordType, long? RecordId, long? OwnerId);

    private static async Task<Told> LookUpAsync(HttpClient client, string phone) =>
        Assert.Single(await (await client.GetAsync($"/api/lead-assignment/duplicates?phone={Uri.EscapeDataString(phone)}")).As<List<Told>>());

    [Fact]
    public async Task A_lookup_gives_the_id_to_who_reads_the_record_and_to_anyone_else_only_its_owner()
    {
        var east = await host.StaffedTeamAsync("East");
        var west = await host.StaffedTeamAsync("West");
        var lead = await host.LeadAsync(new { name = "Wang Fang", phone = "138 0013 8000", ownerId = east.Reps[0].Id });

        foreach (var stranger in new[] { west.Reps[0].Client, west.Manager, east.Reps[1].Client })
            Assert.Equal(new Told("phone", "lead", null, east.Reps[0].Id), await LookUpAsync(stranger, "13800138000"));
        foreach (var reader in new[] { east.Reps[0].Client, east.Manager, host.Admin })
            Assert.Equal(new Told("phone", "lead", lead.Id, east.Reps[0].Id), await LookUpAsync(reader, "13800138000"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Host.AnonymousClient().GetAsync("/api/lead-assignment/duplicates?phone=13800138000")).StatusCode);
    }

    [Fact]
    public async Task A_capture_refused_as_a_duplicate_names_the_record_only_to_who_may_read_it()
    {
        var east = await host.StaffedTeamAsync("East");
        var west = await host.StaffedTeamAsync("West");
        var lead = await host.LeadAsync(new { name = "Wang Fang", phone = "138 0013 8000", ownerId = east.Reps[0].Id });

        var stranger = await west.Reps[0].Client.PostAsJsonAsync("/api/leads", new { name = "王芳", phone = "13800138000" });
        var manager = await east.Manager.PostAsJsonAsync("/api/leads", new { name = "王芳", phone = "13800138000" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, stranger.StatusCode);
        var refusal = (await stranger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Equal($"a lead with the same phone exists, owned by user {east.Reps[0].Id}", refusal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, manager.StatusCode);
        Assert.Contains($"lead {lead.Id}, owned by user {east.Reps[0].Id}", await manager.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_admins_rebuild_the_index()
    {
        var east = await host.StaffedTeamAsync("East", 1);

        Assert.Equal(HttpStatusCode.Forbidden, (await east.Reps[0].Client.PostAsync("/api/lead-assignment/duplicates/reindex", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await east.Manager.PostAsync("/api/lead-assignment/duplicates/reindex", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Admin.PostAsync("/api/lead-assignment/duplicates/reindex", null)).StatusCode);
    }
}
