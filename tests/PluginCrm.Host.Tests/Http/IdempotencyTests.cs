using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Tests.Http;

/// <summary>
/// A write sent with an <c>Idempotency-Key</c> runs once: a website form or a shop retrying a post on a flaky line gets
/// the first answer again and makes one record; a refused one is refused again; the same key with another request, or
/// too long a key, is refused.
/// </summary>
public sealed class IdempotencyTests(BuiltInHost shared) : IClassFixture<BuiltInHost>
{
    private readonly HttpClient client = shared.Host.Client;

    private Task<HttpResponseMessage> PostAsync(HttpClient sender, string key, object lead)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/leads") { Content = JsonContent.Create(lead) };
        request.Headers.Add("Idempotency-Key", key);
        return sender.SendAsync(request);
    }

    private async Task<int> LeadsNamedAsync(string name) =>
        (await (await client.GetAsync($"/api/leads?q={Uri.EscapeDataString(name)}&pageSize=100")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_retried_post_makes_one_lead_and_answers_the_first_answer_again()
    {
        var key = $"form-{Guid.NewGuid():N}";

        var first = await PostAsync(client, key, new { name = "Retry Once", email = "retry.once@example.test", source = "web" });
        var retry = await PostAsync(client, key, new { name = "Retry Once", email = "retry.once@example.test", source = "web" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(1, await LeadsNamedAsync("Retry Once"));
    }

    [Fact]
    public async Task The_same_key_with_another_request_is_a_422_and_another_caller_has_keys_of_its_own()
    {
        var key = $"form-{Guid.NewGuid():N}";
        var (_, rep) = await shared.Host.SignedInUserAsync($"idem.{Guid.NewGuid():N}@example.test", CrmRole.Rep);

        await (await PostAsync(client, key, new { name = "Key Owner" })).As<JsonElement>();
        var other = await PostAsync(client, key, new { name = "Someone Else" });
        var byRep = await PostAsync(rep, key, new { name = "Rep's Own" });

        Assert.Equal("was used for another request (a different method, path or body): use a new key for a new request",
            await other.AssertFieldProblemAsync(HttpStatusCode.UnprocessableEntity, "Idempotency-Key"));
        Assert.Equal(HttpStatusCode.Created, byRep.StatusCode);
        Assert.Equal(0, await LeadsNamedAsync("Someone Else"));
    }

    [Fact]
    public async Task A_refused_post_is_refused_again_on_retry_and_a_key_must_be_short_and_printable()
    {
        var key = $"form-{Guid.NewGuid():N}";

        var refused = await PostAsync(client, key, new { name = "" });
        var again = await PostAsync(client, key, new { name = "" });
        var tooLong = await PostAsync(client, new string('k', 201), new { name = "Long Key" });

        Assert.Equal(await refused.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "name"), await again.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "name"));
        Assert.Equal("must be 1 to 200 printable characters", await tooLong.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "Idempotency-Key"));
        Assert.Equal(0, await LeadsNamedAsync("Long Key"));
    }

    [Fact]
    public async Task A_key_is_kept_for_a_day_then_it_may_serve_a_new_request()
    {
        var key = $"form-{Guid.NewGuid():N}";
        await (await PostAsync(client, key, new { name = "Yesterday's Lead" })).As<JsonElement>();

        shared.Host.Clock.Advance(TimeSpan.FromHours(25));
        var today = await PostAsync(client, key, new { name = "Today's Lead" });

        Assert.Equal(HttpStatusCode.Created, today.StatusCode);
        Assert.False(today.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await LeadsNamedAsync("Today's Lead"));
    }
}
