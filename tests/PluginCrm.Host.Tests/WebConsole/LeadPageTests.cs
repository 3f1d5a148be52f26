using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>
/// A rep opens a new lead from My day, reads it and logs the first call on its page: the API's interaction.create with the
/// lead, by the rep, and the lead leaves "New leads waiting for a first response". Someone else's lead is a 404 and its
/// form writes nothing. A host of its own, since it writes.
/// </summary>
public sealed class LeadPageTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private long own, others;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync();
        var team = await IdAsync(await host.Client.PostAsJsonAsync("/api/teams", new { name = "East" }));
        var rep = await IdAsync(await host.Client.PostAsJsonAsync("/api/users", new { email = "rep@example.com", name = "Rep", role = "rep", teamId = team, password = "a-long-password" }));
        var other = await IdAsync(await host.Client.PostAsJsonAsync("/api/users", new { email = "other@example.com", name = "Other", role = "rep", teamId = team, password = "a-long-password" }));
        own = await IdAsync(await host.Client.PostAsJsonAsync("/api/leads", new { name = "Gao Yang", companyName = "Hangzhou Tea Co.", email = "gao@example.com", source = "web", estimatedValue = 12500m, ownerId = rep }));
        others = await IdAsync(await host.Client.PostAsJsonAsync("/api/leads", new { name = "Not Yours", ownerId = other }));
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_new_lead_opens_from_my_day_and_a_logged_call_answers_it()
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("rep@example.com", "a-long-password");

        var day = await session.PageAsync("/");
        var page = await session.PageAsync($"/leads/{own}");
        using var logged = await session.PostFormAsync($"/leads/{own}", $"/leads/{own}",
            new() { ["_handler"] = "log", ["Log.Kind"] = "Call", ["Log.Notes"] = "Wants samples of the spring tea" });
        var after = await logged.Content.ReadAsStringAsync();
        var dayAfter = await session.PageAsync("/");
        var interaction = Assert.Single((await host.Client.GetFromJsonAsync<JsonElement>($"/api/interactions?leadId={own}")).GetProperty("items").EnumerateArray());

        Assert.Contains($"<a href=\"/leads/{own}\">Gao Yang (Hangzhou Tea Co.)</a>", day);
        Assert.Contains("<h1>Gao Yang</h1>", page);
        Assert.Contains("gao@example.com", page);
        Assert.Contains("12,500.00", page);
        Assert.Contains("<dd id=\"owner\">Rep</dd>", page);
        Assert.Contains("Logged.", after);
        Assert.Contains("Wants samples of the spring tea", after);
        Assert.Equal(("call", "Wants samples of the spring tea"), (interaction.GetProperty("kind").GetString(), interaction.GetProperty("notes").GetString()));
        Assert.DoesNotContain("Gao Yang", dayAfter); // answered: no longer waiting for a first response
    }

    [Fact]
    public async Task Someone_elses_lead_is_not_found_and_its_form_writes_nothing()
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("rep@example.com", "a-long-password");

        using var read = await session.GetAsync($"/leads/{others}");
        using var posted = await session.PostFormAsync($"/leads/{own}", $"/leads/{others}",
            new() { ["_handler"] = "log", ["Log.Kind"] = "Call", ["Log.Notes"] = "Not mine to call" });
        var interactions = await host.Client.GetFromJsonAsync<JsonElement>($"/api/interactions?leadId={others}");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(0, interactions.GetProperty("total").GetInt32());
    }

    private static async Task<long> IdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
