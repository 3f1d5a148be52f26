using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace PluginCrm.Host.Tenants;

/// <summary>
/// The server a tenant's host runs on in place of Kestrel: it listens nowhere. When the host starts, ASP.NET Core hands it
/// the host's application (the same <see cref="IHttpApplication{TContext}"/> Kestrel would get); the front's router then
/// gives it each request of the tenant, which the tenant's host runs as its own: a new HttpContext, a request scope of the
/// tenant's container, the tenant's pipeline, logging and exception handling.
/// </summary>
public sealed class TenantServer : IServer
{
    private Func<IFeatureCollection, Task>? application;

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull
    {
        this.application = features => ProcessAsync(application, features);
        return Task.CompletedTask;
    }

    /// <summary>Whether the tenant's host has started and not stopped.</summary>
    public bool IsServing => application is not null;

    /// <summary>Runs a request the front received through the tenant's host.</summary>
    public Task HandleAsync(HttpContext front) =>
        (application ?? throw new InvalidOperationException("the tenant's host has not started"))(Own(front.Features));

    public Task StopAsync(CancellationToken cancellationToken)
    {
        application = null;
        return Task.CompletedTask;
    }

    public void Dispose() => application = null;

    private static async Task ProcessAsync<TContext>(IHttpApplication<TContext> application, IFeatureCollection features) where TContext : notnull
    {
        var context = application.CreateContext(features);
        try
        {
            await application.ProcessRequestAsync(context);
        }
        catch (Exception ex)
        {
            application.DisposeContext(context, ex);
            throw;
        }
        application.DisposeContext(context, null);
    }

    // The connection's request features in a collection of the tenant's own. Kestrel's collection also carries the front
    // host's pooled context (which the tenant's host would otherwise take up as its own) and, once anything asked for it,
    // the front's request services, which must not stand in for the tenant's container.
    private static FeatureCollection Own(IFeatureCollection features)
    {
        var own = new FeatureCollection();
        foreach (var (type, feature) in features)
        {
            if (type != typeof(IServiceProvidersFeature))
                own[type] = feature;
        }
        return own;
    }
}
