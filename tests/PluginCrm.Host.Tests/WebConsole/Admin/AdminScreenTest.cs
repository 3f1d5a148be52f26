namespace PluginCrm.Host.Tests.WebConsole.Admin;

/// <summary>A test of an admin screen, with an <see cref="AdminHost"/> of its own (xunit makes an instance per test).</summary>
public abstract class AdminScreenTest : IAsyncLifetime
{
    protected AdminHost Admin { get; private set; } = null!;

    public async Task InitializeAsync() => Admin = await AdminHost.StartAsync();

    public Task DisposeAsync() => Admin.DisposeAsync().AsTask();
}
