using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Tests.Webhooks;

/// <summary>
/// What a receiver sees: the messages it asked for that pass its filter, each signed so it can check who sent it and
/// when, with an id that stays the same on a retry; a receiver that is down gets the message again later, and one
/// that stays down is paused, its admins told, and nothing held is lost when it is resumed.
/// </summary>
public sealed class WebhookDeliveryTests(WebhookHost shared) : IClassFixture<WebhookHost>
{
    private readonly HttpClient admin = shared.Host.Client;
    private WebhookReceiver Receiver => shared.Receiver;

    private async Task<(long Id, string Secret)> SubscribeAsync(string path, string[] messages, string? filter = null)
    {
        var created = await (await admin.PostAsJsonAsync("/api/webhooks", new { url = Receiver.Url(path), messages, filter })).As<JsonElement>();
        return (created.GetProperty("webhook").GetProperty("id").GetInt64(), created.GetProperty("secret").GetString()!);
    }

    // The receiver's side, written from the documentation (docs/webhooks.md), not from the host's code.
    private static bool Verifies(WebhookReceiver.Received request, string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var signed = Encoding.UTF8.GetBytes($"{request.Headers["webhook-id"]}.{request.Headers["webhook-timestamp"]}.{request.Body}");
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
        return request.Headers["webhook-signature"].Split(' ').Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), Encoding.ASCII.GetBytes(expected)));
    }

    [Fact]
    public async Task A_new_customer_that_passes_the_filter_reaches_the_receiver_signed_and_logged()
    {
        var path = $"/ok/{Guid.NewGuid():N}";
        var (id, secret) = await SubscribeAsync(path, ["customer.create"], "record.region == \"east\"");

        await (await admin.PostAsJsonAsync("/api/customers", new { name = "东区客户 Hook", region = "east" })).As<JsonElement>();
        await (await admin.PostAsJsonAsync("/api/customers", new { name = "West Hook", region = "west" })).As<JsonElement>();
        await shared.Host.DeliverOutboxAsync();

        var request = Assert.Single(Receiver.To(path));
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("customer.create", body.GetProperty("message").GetString());
        Assert.Equal("东区客户 Hook", body.GetProperty("record").GetProperty("name").GetString());
        Assert.Equal(request.Headers["webhook-id"], body.GetProperty("id").GetString());
        Assert.Equal(shared.Host.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(), request.Headers["webhook-timestamp"]);
        Assert.True(Verifies(request, secret), $"the signature {request.Headers["webhook-signature"]} does not verify");
        Assert.False(Verifies(request with { Body = request.Body.Replace("east", "west") }, secret));

        var log = await admin.GetFromJsonAsync<JsonElement>($"/api/webhooks/{id}/log");
        var entry = Assert.Single(log.EnumerateArray());
        Assert.Equal((200, true, "delivered"), (entry.GetProperty("statusCode").GetInt32(), entry.GetProperty("succeeded").GetBoolean(), entry.GetProperty("deliveryStatus").GetString()));
        Assert.True(entry.GetProperty("durationMs").GetInt32() >= 0);
    }

    [Fact]
    public async Task A_receiver_that_stays_down_is_retried_then_paused_and_gets_everything_once_resumed()
    {
        var (watcher, _) = await shared.Host.SignedInUserAsync($"hooks.{Guid.NewGuid():N}@example.test", CrmRole.Admin);
        var (id, secret) = await SubscribeAsync("/down", ["order.create"]);
        var customer = (await (await admin.PostAsJsonAsync("/api/customers", new { name = "Down Hook" })).As<JsonElement>()).GetProperty("id").GetInt64();
        await (await admin.PostAsJsonAsync("/api/orders", new
        {
            number = $"WH-{Guid.NewGuid():N}"[..20], customerId = customer, orderedUtc = "2026-01-05T08:00:00Z", currency = "CNY",
            lines = new[] { new { description = "tea", quantity = 2, unitPrice = 12.5m } },
        })).As<JsonElement>();

        await shared.Host.DeliverOutboxAsync();
        await shared.Host.DeliverOutboxAsync(); // not due again yet: the first retry waits 10 s
        Assert.Single(Receiver.To("/down"));
        shared.Host.Clock.Advance(TimeSpan.FromSeconds(11));
        await shared.Host.DeliverOutboxAsync();
        shared.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        await shared.Host.DeliverOutboxAsync();

        var paused = await admin.GetFromJsonAsync<JsonElement>($"/api/webhooks/{id}");
        Assert.True(paused.GetProperty("paused").GetBoolean());
        Assert.Contains("503", paused.GetProperty("pausedReason").GetString());
        shared.Host.Clock.Advance(TimeSpan.FromHours(1));
        await shared.Host.DeliverOutboxAsync();
        Assert.Equal(WebhookHost.PauseAfter, Receiver.To("/down").Count); // held while paused
        var notice = Assert.Single(await shared.Host.InboxAsync(watcher.Id), m => m.Subject == $"Webhook {id} paused");
        Assert.Contains("held, not lost", notice.Body);

        Receiver.Mended = true;
        await (await admin.PostAsync($"/api/webhooks/{id}/resume", null)).As<JsonElement>();
        await shared.Host.DeliverOutboxAsync();

        var tries = Receiver.To("/down");
        Assert.Equal(WebhookHost.PauseAfter + 1, tries.Count);
        Assert.Single(tries.Select(t => t.Headers["webhook-id"]).Distinct()); // the same message each time: the receiver drops duplicates by it
        Assert.All(tries, t => Assert.True(Verifies(t, secret)));
        var log = (await admin.GetFromJsonAsync<JsonElement>($"/api/webhooks/{id}/log")).EnumerateArray().ToList();
        Assert.Equal([4, 3, 2, 1], log.Select(e => e.GetProperty("attempt").GetInt32()));
        Assert.Equal([200, 503, 503, 503], log.Select(e => e.GetProperty("statusCode").GetInt32()));
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"/api/webhooks/{id}")).GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task A_plugins_message_reaches_the_receiver_through_a_filter_on_the_plugins_record()
    {
        var path = $"/ok/{Guid.NewGuid():N}";
        await SubscribeAsync(path, ["complaint.create"], "record.subject == \"Cold tea\"");
        var customer = (await (await admin.PostAsJsonAsync("/api/customers", new { name = "Complaining Hook" })).As<JsonElement>()).GetProperty("id").GetInt64();

        await (await admin.PostAsJsonAsync("/api/feedback/complaints", new { customerId = customer, subject = "Cold tea", description = "The tea arrived cold" })).As<JsonElement>();
        await (await admin.PostAsJsonAsync("/api/feedback/complaints", new { customerId = customer, subject = "Late parcel", description = "A week late" })).As<JsonElement>();
        await shared.Host.DeliverOutboxAsync();

        var body = JsonDocument.Parse(Assert.Single(Receiver.To(path)).Body).RootElement;
        Assert.Equal(("complaint.create", "complaint", "Cold tea"),
            (body.GetProperty("message").GetString(), body.GetProperty("recordType").GetString(), body.GetProperty("record").GetProperty("subject").GetString()));
    }

    [Fact]
    public async Task A_test_ping_is_signed_and_logged_and_a_plugin_message_can_be_subscribed()
    {
        var path = $"/ok/{Guid.NewGuid():N}";
        var catalogue = await admin.GetFromJsonAsync<string[]>("/api/webhooks/messages");
        Assert.Contains("complaint.close", catalogue!);
        Assert.Contains("order.create", catalogue!);
        var (id, secret) = await SubscribeAsync(path, ["complaint.close"]);

        var ping = await (await admin.PostAsync($"/api/webhooks/{id}/test", null)).As<JsonElement>();

        Assert.True(ping.GetProperty("succeeded").GetBoolean());
        var request = Assert.Single(Receiver.To(path));
        Assert.Equal("webhook.test", JsonDocument.Parse(request.Body).RootElement.GetProperty("message").GetString());
        Assert.True(Verifies(request, secret));
        Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/webhooks/{id}/log")).EnumerateArray());
    }

    [Fact]
    public async Task A_patch_that_changes_nothing_sends_nothing_and_the_next_real_change_is_sent_once()
    {
        var path = $"/ok/{Guid.NewGuid():N}";
        await SubscribeAsync(path, ["customer.update"]);
        var customer = await (await admin.PostAsJsonAsync("/api/customers", new { name = "Quiet Hook", region = "east" })).As<JsonElement>();
        var url = $"/api/customers/{customer.GetProperty("id").GetInt64()}";

        foreach (var patch in new[] { """{ "region": "east" }""", "{}", """{ "region": "west" }""" })
        {
            var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json") };
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
            (await admin.SendAsync(request)).EnsureSuccessStatusCode();
        }
        await shared.Host.DeliverOutboxAsync();

        var body = JsonDocument.Parse(Assert.Single(Receiver.To(path)).Body).RootElement;
        Assert.Equal(("east", "west"), (body.GetProperty("before").GetProperty("region").GetString(), body.GetProperty("record").GetProperty("region").GetString()));
    }
}
