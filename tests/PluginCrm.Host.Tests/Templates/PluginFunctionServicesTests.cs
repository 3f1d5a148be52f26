using System.Net;
using PluginCrm.Host.Notifications.Log;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Templates;

/// <summary>
/// A plugin's template functions with its services, from disk as the host loads them: <c>tiers.tier_of customer</c>
/// reads the plugin's own table and its settings in a preview (the request's scope) and in a notification its job
/// sends (the job's scope), and is gone while the module is off, in every host process on the database.
/// </summary>
public sealed class PluginFunctionServicesTests : IAsyncLifetime
{
    private const string TierOf = "{{ tiers.tier_of customer }}";
    private const string Disabled = "tiers is not available: the module 'tiers' is disabled";

    private TiersHost tiers = null!;
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = (tiers = await TiersHost.StartAsync()).Host;

    public Task DisposeAsync() => tiers.DisposeAsync().AsTask();

    private sealed record Rendered(string Output);

    private async Task<CustomerRecord> CustomerAsync(string name, string? tier)
    {
        var customer = await (await host.Client.Post("/api/customers", new { name, email = $"{name.ToLowerInvariant()}@example.com", consentToContact = true })).As<CustomerRecord>();
        if (tier is not null)
            Assert.Equal(HttpStatusCode.OK, (await host.Client.Put($"/api/tiers/customers/{customer.Id}", new { tier })).StatusCode);
        return customer;
    }

    private static Task<HttpResponseMessage> PreviewAsync(CrmTestHost on, long customerId) =>
        on.Client.Post("/api/templates/preview", new { recordType = "customer", recordId = customerId, body = TierOf });

    private async Task<string> RenderedAsync(long customerId)
    {
        var response = await PreviewAsync(host, customerId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.As<Rendered>()).Output;
    }

    [Fact]
    public async Task A_preview_reads_the_plugins_table_and_its_settings_as_they_are_now()
    {
        var (gold, untiered) = (await CustomerAsync("Ada", "gold"), await CustomerAsync("Alan", null));

        Assert.Equal("gold", await RenderedAsync(gold.Id));
        Assert.Equal("standard", await RenderedAsync(untiered.Id));

        Assert.Equal(HttpStatusCode.OK, (await host.Client.Put("/api/plugins/tiers/settings", new { defaultTier = "bronze" })).StatusCode);
        Assert.Equal("bronze", await RenderedAsync(untiered.Id));
    }

    [Fact]
    public async Task A_notification_queued_by_the_plugins_job_reads_its_table_and_settings()
    {
        await host.Client.Put("/api/plugins/tiers/settings", new { defaultTier = "bronze" });
        var response = await host.Client.Put("/api/templates/tiers.notice", new { kind = "message", body = $"Subject: {{{{ customer.name }}}} is {TierOf}\nThank you." });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var customer = await CustomerAsync("Grace", "gold");

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync("/api/jobs/tiers.notice/run")).StatusCode);

        var sent = Assert.Single((await host.Client.Get<ListPage<NotificationLogEntry>>("/api/notifications/log")).Items);
        Assert.Equal(($"customer:{customer.Id}", "Grace is gold"), (sent.Recipient, sent.Subject));
    }

    [Fact]
    public async Task A_disabled_modules_namespace_fails_renders_and_saves_in_every_process_until_it_is_enabled()
    {
        var customer = await CustomerAsync("Barbara", "gold");
        await using var other = await tiers.StartAnotherAsync();
        Assert.Equal(HttpStatusCode.OK, (await PreviewAsync(other, customer.Id)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync("/api/plugins/tiers/disable")).StatusCode);

        foreach (var process in new[] { host, other })
        {
            var refused = await PreviewAsync(process, customer.Id);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains(Disabled, (await refused.As<Problem>()).Detail);
            var save = await process.Client.Put("/api/templates/tiers.card", new { kind = "message", body = $"Tier: {TierOf}" });
            Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
            Assert.Equal([$"line 1, column 10: {Disabled}"], (await save.As<Problem>()).Errors!["body"]);
            var rule = await process.Client.Put("/api/templates/tiers.rule", new { kind = "rule", body = "tiers.tier_of(customer) == 'gold'" });
            Assert.Equal([$"line 1, column 1: {Disabled}"], (await rule.As<Problem>()).Errors!["body"]);
        }

        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/plugins/tiers/enable")).StatusCode);

        Assert.Equal("gold", await RenderedAsync(customer.Id));
        Assert.Equal(HttpStatusCode.OK, (await PreviewAsync(other, customer.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Client.Put("/api/templates/tiers.card", new { kind = "message", body = $"Tier: {TierOf}" })).StatusCode);
    }
}
