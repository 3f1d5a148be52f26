using System.Net.Http.Json;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Access;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.LeadAssignment.Tests.Support;

/// <summary>A real host with the plugin, and helpers to make teams, reps, rules and leads over HTTP.</summary>
public sealed class AssignmentHost : IAsyncDisposable
{
    private AssignmentHost(CrmTestHost host) => Host = host;

    public CrmTestHost Host { get; }
    public HttpClient Admin => Host.Client;

    public static async Task<AssignmentHost> StartAsync(string? dataDirectory = null, Action<CrmTestHostOptions>? configure = null) =>
        new(await CrmTestHost.StartAsync(o =>
        {
            o.AddPlugin<LeadAssignmentPlugin>(Manifest("PluginCrm.LeadAssignment"));
            o.DataDirectory = dataDirectory;
            configure?.Invoke(o);
        }));

    /// <summary>A team of reps; signed in (slower: password hashing) only when a test acts as them.</summary>
    public async Task<(long TeamId, List<Rep> Reps)> TeamAsync(string name, int reps, bool signIn = false)
    {
        var team = await Host.CreateTeamAsync(name);
        var list = new List<Rep>();
        for (var i = 1; i <= reps; i++)
        {
            var email = $"{name.ToLowerInvariant()}{i}@example.test";
            if (signIn)
            {
                var (user, client) = await Host.SignedInUserAsync(email, CrmRole.Rep, team);
                list.Add(new Rep(user.Id, email, client));
                continue;
            }
            await using var scope = Host.Services.CreateAsyncScope();
            var added = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(new NewUser(email, email, CrmRole.Rep, team, Password: null), CancellationToken.None);
            list.Add(new Rep(added.Id, email, null));
        }
        return (team, list);
    }

    /// <summary>A team of signed-in reps and its signed-in manager.</summary>
    public async Task<StaffedTeam> StaffedTeamAsync(string name, int reps = 2)
    {
        var (team, list) = await TeamAsync(name, reps, signIn: true);
        var (manager, client) = await Host.SignedInUserAsync($"{name.ToLowerInvariant()}.manager@example.test", CrmRole.Manager, team);
        return new StaffedTeam(team, list, manager.Id, client);
    }

    /// <summary>Signs a rep in again (a sign-in lasts 12 hours; tests move the clock by days).</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        var response = await Host.AnonymousClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password = "correct horse battery" });
        var client = Host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", (await response.As<SessionToken>()).Token);
        return client;
    }

    public async Task<long> RuleAsync(object rule)
    {
        var response = await Admin.PostAsJsonAsync("/api/lead-assignment/rules", rule);
        await Http.EnsureAsync(response);
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }

    public async Task<LeadRecord> LeadAsync(HttpClient client, object lead)
    {
        var response = await client.PostAsJsonAsync("/api/leads", lead);
        await Http.EnsureAsync(response);
        return (await response.Content.ReadFromJsonAsync<LeadRecord>(Http.Json))!;
    }

    public Task<LeadRecord> LeadAsync(object lead) => LeadAsync(Admin, lead);

    public async Task<CustomerRecord> CustomerAsync(object customer)
    {
        var response = await Admin.PostAsJsonAsync("/api/customers", customer);
        await Http.EnsureAsync(response);
        return (await response.Content.ReadFromJsonAsync<CustomerRecord>(Http.Json))!;
    }

    /// <summary>Places an order of one line for <paramref name="customerId"/> as the admin.</summary>
    public async Task OrderAsync(long customerId, DateTime orderedUtc, decimal amount) => await Http.EnsureAsync(await Admin.PostAsJsonAsync("/api/orders", new
    {
        number = $"T-{Guid.NewGuid():N}", customerId, orderedUtc, currency = "USD", lines = new[] { new { description = "goods", quantity = 1, unitPrice = amount } },
    }));

    /// <summary>A customer's owner as the API shows it; null while it is in the pool.</summary>
    public async Task<long?> CustomerOwnerAsync(long customerId) =>
        (await Admin.GetFromJsonAsync<CustomerRecord>($"/api/customers/{customerId}", Http.Json))!.OwnerId;

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>
    /// A plugin's manifest in its built folder: this test's output holds two plugins' <c>plugin.json</c> in one place,
    /// so the kit's default (beside the assembly) would find one of them for both.
    /// </summary>
    public static string Manifest(string project) => Path.Combine(
        typeof(AssignmentHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HostOutputDir").Value!,
        "plugins", project, "plugin.json");

    private sealed record IdOnly(long Id);

    private sealed record SessionToken(string Token);
}
