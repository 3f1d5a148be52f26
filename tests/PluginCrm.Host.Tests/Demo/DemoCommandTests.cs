using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Demo;

/// <summary><c>crm demo</c> as a process: it generates only into an empty CRM, and says why not in one line.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task The_demo_refuses_a_database_that_holds_other_users_in_one_line()
    {
        var add = await CrmCommandLine.RunAsync(data.Path, null, "users", "add", "--email", "boss@acme.example", "--role", "admin", "--password", "long enough password");
        Assert.Equal(0, add.Exit);

        var demo = await CrmCommandLine.RunAsync(data.Path, null, "demo");

        Assert.Equal(1, demo.Exit);
        Assert.Equal("crm: the database already holds users or customers; the demo is generated only into an empty CRM (use another --data-dir)",
            demo.Error.Trim());
    }
}
