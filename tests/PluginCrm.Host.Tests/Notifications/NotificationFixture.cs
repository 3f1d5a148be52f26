using System.Net;
using PluginCrm.Host.Notifications;
using PluginCrm.Host.Notifications.Log;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Notifications;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Notifications;

/// <summary>A host with the notify fixture plugin from disk on a data folder that outlives it, so a test can restart it.</summary>
public sealed class NotificationFixture : IAsyncDisposable
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("notify", entryType: "PluginCrm.Fixtures.Plugins.Notifications.NotifyPlugin");
    public TempFolder Data { get; } = new();
    public CrmTestHost Host { get; private set; } = null!;
    public string MailDrop => Path.Combine(Data.Path, "mail-drop");

    public static async Task<NotificationFixture> StartAsync(Dictionary<string, string>? settings = null)
    {
        var fixture = new NotificationFixture();
        await fixture.RestartAsync(settings);
        return fixture;
    }

    /// <summary>Stops the host (if running) and starts a new one on the same data folder, as a restart would.</summary>
    public async Task RestartAsync(Dictionary<string, string>? settings = null, ManualClock? clock = null)
    {
        if (Host is not null)
            await Host.DisposeAsync();
        Host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = plugins.Path;
            o.DataDirectory = Data.Path;
            o.Clock = clock ?? new ManualClock();
            foreach (var (key, value) in settings ?? [])
                o.Settings[key] = value;
        });
    }

    public async Task SaveTemplateAsync(string key, string body)
    {
        var response = await Host.Client.Put($"/api/templates/{key}", new { kind = "message", body });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<CustomerRecord> CreateCustomerAsync(string name, string? email, bool consent)
    {
        var response = await Host.Client.Post("/api/customers", new { name, email, consentToContact = consent });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.As<CustomerRecord>();
    }

    public async Task<NotificationResult> QueueAsync(string templateKey, long? userId = null, long? customerId = null, string? occasion = null, object? model = null, DateTime? notBeforeUtc = null)
    {
        var response = await Host.Client.Post("/api/notify/queue", new { templateKey, userId, customerId, occasion, model, notBeforeUtc });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.As<NotificationResult>();
    }

    public async Task<bool> WithdrawAsync(string occasion, long? userId = null, long? customerId = null)
    {
        var response = await Host.Client.Post("/api/notify/withdraw", new { userId, customerId, occasion });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.As<WithdrawOutcome>()).Withdrawn;
    }

    private sealed record WithdrawOutcome(bool Withdrawn);

    public async Task<List<NotificationLogEntry>> LogAsync(string query = "") =>
        (await Host.Client.Get<ListPage<NotificationLogEntry>>($"/api/notifications/log{query}")).Items;

    public string[] MailDropFiles() => Directory.Exists(MailDrop) ? Directory.GetFiles(MailDrop, "*.eml") : [];

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        plugins.Dispose();
        Data.Dispose();
    }
}
