using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using MimeKit;
using PluginCrm.Host.Notifications.Log;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.CustomerCare.Tests;

/// <summary>A host with the customer-care plugin on a data folder that outlives it, so a test can restart it over the same data.</summary>
public sealed class CareHost : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
    private readonly string data = Directory.CreateTempSubdirectory("plugincrm-care-").FullName;
    private bool withFeedback;

    public CrmTestHost Host { get; private set; } = null!;

    /// <summary>Starts care alone, or with the feedback plugin (<paramref name="withFeedback"/>), whose complaints care follows up.</summary>
    public static async Task<CareHost> StartAsync(DateTimeOffset now, bool withFeedback = false)
    {
        var care = new CareHost { withFeedback = withFeedback };
        await care.RestartAsync(now);
        return care;
    }

    /// <summary>Stops the host and starts a new one over the same database, its clock at <paramref name="now"/>.</summary>
    public async Task RestartAsync(DateTimeOffset now)
    {
        if (Host is not null)
            await Host.DisposeAsync();
        Host = await CrmTestHost.StartAsync(o =>
        {
            o.AddPlugin<CustomerCarePlugin>();
            if (withFeedback)
                o.AddPlugin<Feedback.FeedbackPlugin>();
            o.DataDirectory = data;
            o.Clock = new ManualClock(now);
        });
    }

    public async Task SaveTemplateAsync(string key, string body) =>
        (await Host.Client.PutAsJsonAsync($"/api/templates/{key}", new { kind = "message", body }, Json)).EnsureSuccessStatusCode();

    public async Task<HttpResponseMessage> PutSettingsAsync(object settings) =>
        await Host.Client.PutAsJsonAsync("/api/plugins/customer-care/settings", settings, Json);

    public async Task<CustomerRecord> CustomerAsync(string name, string? birthday = null, bool consent = true, string? email = null)
    {
        var response = await Host.Client.PostAsJsonAsync("/api/customers",
            new { name, birthday, consentToContact = consent, email = email ?? $"{name.Replace(' ', '.').ToLowerInvariant()}@example.com" }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CustomerRecord>(Json))!;
    }

    public async Task<OrderRecord> OrderAsync(long customerId, string number, DateTime orderedUtc, decimal quantity, decimal unitPrice)
    {
        var response = await Host.Client.PostAsJsonAsync("/api/orders", new
        {
            number, customerId, orderedUtc, currency = "USD", lines = new[] { new { description = "CD", quantity, unitPrice } },
        }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<OrderRecord>(Json))!;
    }

    /// <summary>Runs a job of the plugin over HTTP, as an admin would, then delivers what it queued.</summary>
    public async Task RunAsync(string job)
    {
        (await Host.Client.PostAsync($"/api/jobs/customer-care.{job}/run", null)).EnsureSuccessStatusCode();
        await Host.DeliverOutboxAsync();
    }

    public async Task<List<NotificationLogEntry>> LogAsync() =>
        (await Host.Client.GetFromJsonAsync<Page<NotificationLogEntry>>("/api/notifications/log?pageSize=500", Json))!.Items;

    public IEnumerable<MimeMessage> Mails() =>
        Directory.Exists(Path.Combine(data, "mail-drop")) ? Directory.GetFiles(Path.Combine(data, "mail-drop"), "*.eml").Select(f => MimeMessage.Load(f)) : [];

    public string LogText() =>
        string.Join("\n", Directory.GetFiles(Path.Combine(data, "logs")).Select(f =>
        {
            using var reader = new StreamReader(new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            return reader.ReadToEnd();
        }));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }

    private sealed record Page<T>(List<T> Items, int Total);
}
