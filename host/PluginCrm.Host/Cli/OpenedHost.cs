namespace PluginCrm.Host.Cli;

/// <summary>A host a command opened with <see cref="ICommandHost.Open"/>: its services, until it is disposed.</summary>
public sealed class OpenedHost(IServiceProvider services, IAsyncDisposable host) : IAsyncDisposable
{
    public IServiceProvider Services => services;

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
