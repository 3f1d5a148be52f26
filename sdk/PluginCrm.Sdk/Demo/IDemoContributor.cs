namespace PluginCrm.Sdk.Demo;

/// <summary>
/// A module's part of the generated demo company (<c>crm serve --demo</c>), registered with
/// <see cref="Plugins.IPluginBuilder.AddDemo{TContributor}"/>. The host writes its own data first (users, teams, companies,
/// customers, leads, deals, orders, interactions), then runs each enabled module's contributor once, in the order of plugin
/// dependencies, inside the demo's one transaction: a throw rolls the whole demo back. A contributor is a scoped service
/// with constructor injection (the plugin's DbContext and services); it writes through its own messages and the SDK's
/// record services, so that what it leaves is what a user's requests would have left.
/// </summary>
public interface IDemoContributor
{
    /// <summary>Adds the module's demo data; the same <paramref name="context"/> (seed, clock, company) must give the same data.</summary>
    Task SeedAsync(DemoContext context, CancellationToken cancellationToken);
}
