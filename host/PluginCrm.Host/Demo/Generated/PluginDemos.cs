using System.Text;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Demo;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>
/// Runs each enabled module's <see cref="IDemoContributor"/> in dependency order, every module's configuration first and
/// then their data, each in a DI scope of its own as a request would be: its writes are its own messages and transactions
/// (a plugin may open one, as value scoring's run does).
/// </summary>
public sealed class PluginDemos(PluginCatalog catalog, ModuleSwitches switches, IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task RunAsync(DemoCompany company, IProgress<string> progress, CancellationToken ct)
    {
        var disabled = await switches.DisabledIdsAsync(ct);
        var admin = new ActingUser(company.Admin.Id, company.Admin.Name, CrmRole.Admin, null);
        var teams = company.Teams.Select(t => new DemoTeam(t.Team.Id, t.Team.Name, t.Team.Region!, t.Plan.Language,
            new ActingUser(t.Manager.Id, t.Manager.Name, CrmRole.Manager, t.Team.Id),
            t.Reps.Select(r => new ActingUser(r.Id, r.Name, CrmRole.Rep, t.Team.Id)).ToList())).ToList();
        var customers = company.Customers.Select(c => c.Id).ToList();
        var enabled = catalog.Loaded.Where(e => switches.IsEnabled(e, disabled)).ToList();

        // Each contributor of each enabled module, in a scope of its own, given its context.
        async Task EachAsync(Func<IDemoContributor, DemoContext, Task> run)
        {
            foreach (var entry in enabled)
                foreach (var type in entry.Contributions.DemoContributors)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var services = scope.ServiceProvider;
                    var context = new DemoContext
                    {
                        Seed = company.Seed,
                        Random = new Random(company.Seed ^ StableHash(entry.Id)),
                        Clock = time,
                        Admin = admin,
                        Teams = teams,
                        CustomerIds = customers,
                        Records = services.GetRequiredService<ICrmRecords>(),
                        Access = services.GetRequiredService<IRecordAccess>(),
                        Templates = ActivatorUtilities.CreateInstance<DemoTemplates>(services, admin),
                        Progress = new Progress(entry.Id, progress),
                    };
                    await run((IDemoContributor)services.GetRequiredService(type), context);
                }
        }

        // Every module's configuration first: a module's data may reach another's steps (a complaint closed by feedback's
        // demo is followed up by customer care with customer care's template).
        await EachAsync((contributor, context) => contributor.ConfigureAsync(context, ct));
        await EachAsync((contributor, context) => contributor.SeedAsync(context, ct));
    }

    // string.GetHashCode differs per process; the demo must not.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
            hash = (hash ^ b) * 16777619u;
        return (int)hash;
    }

    private sealed class Progress(string pluginId, IProgress<string> inner) : IProgress<string>
    {
        public void Report(string value) => inner.Report($"{pluginId}: {value}");
    }
}
