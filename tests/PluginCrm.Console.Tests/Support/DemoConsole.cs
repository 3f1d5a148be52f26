using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Testing;
using PluginCrm.Tests.Shared;

namespace PluginCrm.Console.Tests.Support;

/// <summary>A host with the built-in plugins and the demo generated once, with the default seed: what <c>./crm serve --demo</c> serves.</summary>
public sealed class DemoConsole : IAsyncLifetime
{
    public CrmTestHost Host { get; private set; } = null!;

    public string BaseUrl => Host.Client.BaseAddress!.ToString();

    public async Task InitializeAsync()
    {
        Host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = BuiltPlugins.Directory);
        await Host.Services.GetRequiredService<DemoGenerator>().GenerateAsync(DemoGenerator.DefaultSeed, new Progress<string>(), CancellationToken.None);
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    /// <summary>
    /// One of <paramref name="email"/>'s own customers with a history, found through the API as that user sees it (the
    /// first of the first page whose timeline has an entry), for a test that looks for it in the console.
    /// </summary>
    public async Task<DemoCustomer> OwnCustomerAsync(string email)
    {
        using var api = await SignedInApiAsync(email);
        var page = (await api.GetFromJsonAsync<ItemsOf<DemoCustomer>>("/api/customers?pageSize=20"))!;
        foreach (var customer in page.Items)
            if ((await api.GetFromJsonAsync<ItemsOf<object>>($"/api/customers/{customer.Id}/timeline?pageSize=1"))!.Items.Count > 0)
                return customer;
        throw new InvalidOperationException($"none of the first {page.Items.Count} customers {email} sees has a timeline entry");
    }

    private async Task<HttpClient> SignedInApiAsync(string email)
    {
        var api = Host.AnonymousClient();
        var response = await api.PostAsJsonAsync("/api/auth/sign-in", new { email, password = DemoStaff.Password });
        response.EnsureSuccessStatusCode();
        var session = (await response.Content.ReadFromJsonAsync<Session>())!;
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        return api;
    }

    private sealed record Session(string Token);

    private sealed record ItemsOf<T>(List<T> Items);
}
