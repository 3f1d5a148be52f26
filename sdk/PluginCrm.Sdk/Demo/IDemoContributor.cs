namespace PluginCrm.Sdk.Demo;

/// <summary>
/// A module's part of the generated demo company (<c>crm serve --demo</c>), registered with
/// <see cref="Plugins.IPluginBuilder.AddDemo{TContributor}"/>. The host writes its own data first (users, teams, companies,
/// customers, leads, deals, orders, interactions), then runs each enabled module's <see cref="ConfigureAsync"/>, then each
/// one's <see cref="SeedAsync"/>, both in the order of plugin dependencies, inside the demo's one transaction: a throw rolls
/// the whole demo back. A contributor is a scoped service with constructor injection (the plugin's DbContext and services);
/// it writes through its own messages and the SDK's record services, so that what it leaves is what a user's requests would
/// have left.
/// </summary>
public interface IDemoContributor
{
    /// <summary>
    /// Saves the module's configuration (its message templates, settings, rules) before any module adds data, so that
    /// another module's data reaches it as it would in a configured company: a module that depends on this one may act
    /// on this one's messages with its own templates (customer care's follow-up of a complaint feedback's demo closes).
    /// Nothing by default.
    /// </summary>
    Task ConfigureAsync(DemoContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds the module's demo data; the same <paramref name="context"/> (seed, clock, company) must give the same data.</summary>
    Task SeedAsync(DemoContext context, CancellationToken cancellationToken);
}
