using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Templates.Store;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Demo;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>Saves a module's demo templates through the template store, as the demo admin, so they are checked and versioned like any admin's.</summary>
public sealed class DemoTemplates(TemplateStore store, CrmDbContext db, ActingUser admin) : IDemoTemplates
{
    public async Task SaveMessageAsync(string key, string description, string body, CancellationToken cancellationToken)
    {
        if (await db.Templates.AnyAsync(t => t.Key == key, cancellationToken))
            return;
        await store.SaveAsync(key, new TemplateInput(TemplateKind.Message, description, body), admin, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
