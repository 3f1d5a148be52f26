using System.Net;
using System.Net.Http.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Settings;

public sealed class SettingsTests : IDisposable
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("echo");

    public void Dispose() => plugins.Dispose();

    private sealed record Echo(string Greeting);

    [Fact]
    public async Task Defaults_then_configuration_then_what_an_admin_saves()
    {
        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = plugins.Path;
            o.Settings["Plugins:echo:Greeting"] = "ni hao";
        });
        Assert.Equal("ni hao", (await host.Client.GetFromJsonAsync<Echo>("/api/echo/echo"))!.Greeting);

        var saved = await host.Client.PutAsJsonAsync("/api/plugins/echo/settings", new { greeting = "bonjour" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("bonjour", (await host.Client.GetFromJsonAsync<Echo>("/api/echo/echo"))!.Greeting);
        Assert.Equal("bonjour", (await host.Client.GetFromJsonAsync<Echo>("/api/plugins/echo/settings"))!.Greeting);
    }

    [Fact]
    public async Task Invalid_values_are_refused_per_field_and_nothing_is_saved()
    {
        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins.Path);

        var tooLong = await host.Client.PutAsJsonAsync("/api/plugins/echo/settings", new { greeting = new string('x', 21) });
        var unknown = await host.Client.PutAsJsonAsync("/api/plugins/echo/settings", new { colour = "red" });
        var wrongType = await host.Client.PutAsJsonAsync("/api/plugins/echo/settings", new { greeting = 42 });

        Assert.Equal(["must be at most 20 characters"], (await tooLong.ReadAsync<Problem>()).Errors!["greeting"]);
        Assert.Equal(["is not a setting of this plugin"], (await unknown.ReadAsync<Problem>()).Errors!["colour"]);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("greeting", (await wrongType.ReadAsync<Problem>()).Errors!.Keys);
        Assert.Equal("hello", (await host.Client.GetFromJsonAsync<Echo>("/api/echo/echo"))!.Greeting);
    }

    [Fact]
    public async Task Invalid_configuration_leaves_the_plugin_out_with_the_field_named()
    {
        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = plugins.Path;
            o.Settings["Plugins:echo:Greeting"] = "a greeting far too long to fit";
        });

        var echo = await host.PluginAsync("echo");
        Assert.Equal("failed", echo.State);
        Assert.Equal("settings in configuration (Plugins:echo) are invalid: greeting: must be at most 20 characters", echo.Reason);
    }

    [Fact]
    public async Task Null_puts_a_setting_back_to_its_default()
    {
        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins.Path);
        await host.Client.PutAsJsonAsync("/api/plugins/echo/settings", new { greeting = "salut" });

        var reset = await host.Client.PutAsync("/api/plugins/echo/settings", new StringContent("""{ "greeting": null }""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal("hello", (await host.Client.GetFromJsonAsync<Echo>("/api/echo/echo"))!.Greeting);
    }
}
