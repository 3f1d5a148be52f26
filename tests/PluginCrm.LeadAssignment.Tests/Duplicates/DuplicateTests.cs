using System.Net;
using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Duplicates;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Duplicates;

public sealed class DuplicateTests : IAsyncLifetime
{
    private AssignmentHost host = null!;

    public async Task InitializeAsync() => host = await AssignmentHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Theory]
    [InlineData("+86 138-0013-8000", "＋８６ １３８ ００１３ ８０００")]
    [InlineData("(010) 6552 9988", "010.6552.9988")]
    public void Phones_match_across_punctuation_spaces_and_full_width_digits(string a, string b) =>
        Assert.Equal(ContactKeys.Phone(a), ContactKeys.Phone(b));

    [Theory]
    [InlineData("ACME Ltd.", "acme  ltd")]
    [InlineData("北京 科技 有限公司", "北京科技有限公司")]
    [InlineData("Ｓｕｎｓｈｉｎｅ Co", "sunshine co.")]
    public void Company_names_match_across_case_spaces_punctuation_and_full_width(string a, string b) =>
        Assert.Equal(ContactKeys.Company(a), ContactKeys.Company(b));

    [Fact]
    public void Different_companies_stay_different() => Assert.NotEqual(ContactKeys.Company("Acme"), ContactKeys.Company("Acme East"));

    [Fact]
    public async Task A_second_capture_of_the_same_contact_finds_the_first_and_its_owner()
    {
        var (_, reps) = await host.TeamAsync("East", 1);
        var first = await host.LeadAsync(new { name = "Wang Fang", phone = "+86 138-0013-8000", ownerId = reps[0].Id });

        var byPhone = await host.Admin.PostAsJsonAsync("/api/leads", new { name = "王芳", phone = "８６１３８００１３８０００" });
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
    public async Task A_changed_phone_is_found_by_its_new_value_only()
    {
        var lead = await host.LeadAsync(new { name = "A", phone = "111 222 333" });
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/leads/{lead.Id}", lead with { Phone = "444 555 666" }, Http.Json));

        var old = await host.Admin.GetFromJsonAsync<List<ContactIndex.Match>>("/api/lead-assignment/duplicates?phone=111222333");
        var now = await host.Admin.GetFromJsonAsync<List<ContactIndex.Match>>("/api/lead-assignment/duplicates?phone=444-555-666");

        Assert.Empty(old!);
        Assert.Equal([new ContactIndex.Match("phone", "lead", lead.Id)], now!);
    }
}
