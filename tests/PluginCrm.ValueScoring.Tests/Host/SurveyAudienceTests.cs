using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Testing;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>
/// A survey's audience by value across two plugins: the feedback plugin narrows a segment wave to value scoring's latest
/// ABC class or RFM segment through <c>ICustomerValues</c> (neither plugin references the other).
/// </summary>
public sealed class SurveyAudienceTests : IAsyncLifetime
{
    private const string Surveys = "/api/feedback/surveys";
    private CrmTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await ScoringHost.StartAsync(o => o.AddPlugin<Feedback.FeedbackPlugin>());
        var questions = new[] { new { key = "nps", type = "nps", text = "How likely are you to recommend us?" } };
        (await host.Client.PostAsJsonAsync(Surveys, new { key = "vip-check", title = "For our best customers", pages = new[] { new { questions } } })).EnsureSuccessStatusCode();
        (await host.Client.PostAsync($"{Surveys}/vip-check/publish", null)).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_wave_to_class_A_asks_the_customers_making_most_of_the_value_and_nobody_else()
    {
        // 10,000 of 10,300 spent: the big spender alone makes the top 80% (class A); the three others are B or C.
        var big = await BuyerAsync("Big Spender", 10_000);
        foreach (var name in new[] { "Small One", "Small Two", "Small Three" })
            await BuyerAsync(name, 100);
        await SmallCrm.RunAsync(host, "2025-12-31");

        var classA = await WaveAsync(new { filters = new { tag = "audience" }, valueClass = "a" });
        var unknown = await WaveAsync(new { filters = new { tag = "audience" }, valueSegment = "no-such-segment" });

        Assert.Equal((1, 1), (classA.GetProperty("matched").GetInt32(), classA.GetProperty("invited").GetInt32()));
        Assert.Equal(0, unknown.GetProperty("matched").GetInt32());
        await using var scope = host.Services.CreateAsyncScope();
        var invitation = Assert.Single(scope.ServiceProvider.GetRequiredService<Feedback.Data.FeedbackDbContext>().Invitations);
        Assert.Equal(big, invitation.CustomerId);
    }

    private async Task<JsonElement> WaveAsync(object request)
    {
        var response = await host.Client.PostAsJsonAsync($"{Surveys}/vip-check/invitations/segment", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<long> BuyerAsync(string name, decimal spend)
    {
        var response = await host.Client.PostAsJsonAsync("/api/customers", new { name, consentToContact = true, tags = new[] { "audience" } });
        response.EnsureSuccessStatusCode();
        var customer = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await SmallCrm.OrderAsync(host, customer, "2025-06-15", spend);
        return customer;
    }
}
