using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>
/// One host whose clock moves through 2026 while customers change lifecycle stage and leads are captured, for the KPIs
/// that read history (retention) or creation days (conversion). Teams East (alice, bob, a manager) and West (carol).
///
/// Customers, all created 2026-01-05, then moved (stage on creation → changes, by date):
///   r1 alice customer → churned 04-02           r5 bob lead (never a customer)
///   r2 alice repeat → at risk 04-20 → churned 05-02   r6 carol customer → at risk 02-10 → churned 03-03 (by the system, as an automation would)
///   r3 alice at risk → churned 01-20            r7 carol churned (created so)
///   r4 bob customer → churned 02-15 → customer 03-10 (won back)   r8 alice qualified → customer 02-10 → churned 03-03
///
/// Leads (captured on, owner, the customer it became):
///   01-05: L1 alice r1, L2 alice (given r2 on 03-10), L3 bob r4, L4 carol
///   02-10: L5 alice r8, L6 bob, L7 bob qualified, with no customer
///   03-03: L8 carol r6, L9 West with no owner
///   04-02: L10 alice r1 (after Q1)
/// </summary>
public sealed class KpiTimeline : IAsyncLifetime
{
    private readonly Dictionary<string, CustomerRecord> customers = [];
    private readonly Dictionary<string, LeadRecord> leads = [];

    public CrmTestHost Host { get; private set; } = null!;
    public HttpClient Admin => Host.Client;
    public long East { get; private set; }
    public long West { get; private set; }
    public long Alice { get; private set; }
    public long Bob { get; private set; }
    public long Carol { get; private set; }
    public HttpClient AliceClient { get; private set; } = null!;
    public HttpClient EastManager { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await CrmTestHost.StartAsync();
        East = await Host.CreateTeamAsync("East");
        West = await Host.CreateTeamAsync("West");
        Alice = await UserAsync("alice@example.com", CrmRole.Rep, East);
        Bob = await UserAsync("bob@example.com", CrmRole.Rep, East);
        Carol = await UserAsync("carol@example.com", CrmRole.Rep, West);
        await UserAsync("east.lead@example.com", CrmRole.Manager, East);

        await CustomerAsync("r1", Alice, East, "customer");
        await CustomerAsync("r2", Alice, East, "repeat");
        await CustomerAsync("r3", Alice, East, "atRisk");
        await CustomerAsync("r4", Bob, East, "customer");
        await CustomerAsync("r5", Bob, East, "lead");
        await CustomerAsync("r6", Carol, West, "customer");
        await CustomerAsync("r7", Carol, West, "churned");
        await CustomerAsync("r8", Alice, East, "qualified");
        await LeadAsync("L1", Alice, "r1");
        await LeadAsync("L2", Alice, null);
        await LeadAsync("L3", Bob, "r4");
        await LeadAsync("L4", Carol, null);

        MoveTo("2026-01-20");
        await StageAsync("r3", LifecycleStage.Churned);
        MoveTo("2026-02-10");
        await StageAsync("r8", LifecycleStage.Customer);
        await StageAsync("r6", LifecycleStage.AtRisk);
        await LeadAsync("L5", Alice, "r8");
        await LeadAsync("L6", Bob, null);
        await LeadAsync("L7", Bob, null, LeadStatus.Qualified);
        MoveTo("2026-02-15");
        await StageAsync("r4", LifecycleStage.Churned);
        MoveTo("2026-03-03");
        await StageAsync("r8", LifecycleStage.Churned);
        await StageAsync("r6", LifecycleStage.Churned, ActingUser.System);
        await LeadAsync("L8", Carol, "r6");
        await LeadAsync("L9", null, null);
        MoveTo("2026-03-10");
        await StageAsync("r4", LifecycleStage.Customer);
        await ConvertAsync("L2", "r2");
        MoveTo("2026-04-02");
        await StageAsync("r1", LifecycleStage.Churned);
        await LeadAsync("L10", Alice, "r1");
        MoveTo("2026-04-20");
        await StageAsync("r2", LifecycleStage.AtRisk);
        MoveTo("2026-05-02");
        await StageAsync("r2", LifecycleStage.Churned);

        // Sessions last 12 hours of the host's clock: sign in once the clock has stopped moving.
        AliceClient = await SignInAsync("alice@example.com");
        EastManager = await SignInAsync("east.lead@example.com");
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    private async Task<long> UserAsync(string email, CrmRole role, long team)
    {
        var response = await Admin.Post("/api/users", new { email, name = email, role, teamId = team, password = CrmTestHost.Password });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var response = await Host.AnonymousClient().Post("/api/auth/sign-in", new { email, password = CrmTestHost.Password });
        response.EnsureSuccessStatusCode();
        var client = Host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString());
        return client;
    }

    private void MoveTo(string day) =>
        Host.Clock.Advance(DateTimeOffset.Parse($"{day}T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture) - Host.Clock.GetUtcNow());

    private async Task CustomerAsync(string name, long owner, long team, string stage)
    {
        var response = await Admin.Post("/api/customers", new { name, ownerId = owner, teamId = team, stage });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        customers[name] = await response.As<CustomerRecord>();
    }

    private async Task StageAsync(string name, LifecycleStage stage, ActingUser? system = null)
    {
        var changed = customers[name] with { Stage = stage };
        if (system is not null)
        {
            await using var scope = Host.Services.CreateAsyncScope();
            customers[name] = await scope.ServiceProvider.GetRequiredService<ICrmRecords>().UpdateAsync(changed, system, CancellationToken.None);
            return;
        }
        var response = await Admin.Put($"/api/customers/{changed.Id}", changed, ifMatch: changed.Version);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        customers[name] = await response.As<CustomerRecord>();
    }

    private async Task LeadAsync(string name, long? owner, string? customer, LeadStatus status = LeadStatus.New)
    {
        var response = await Admin.Post("/api/leads", new
        {
            name, ownerId = owner, teamId = owner is null ? West : (long?)null, status,
            customerId = customer is null ? (long?)null : customers[customer].Id,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        leads[name] = await response.As<LeadRecord>();
    }

    private async Task ConvertAsync(string lead, string customer)
    {
        var response = await Admin.Post($"/api/leads/{leads[lead].Id}/convert", new { customerId = customers[customer].Id });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        leads[lead] = await Admin.Get<LeadRecord>($"/api/leads/{leads[lead].Id}");
    }
}
