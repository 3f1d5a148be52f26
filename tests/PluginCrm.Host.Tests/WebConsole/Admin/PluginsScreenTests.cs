using System.Net;

namespace PluginCrm.Host.Tests.WebConsole.Admin;

/// <summary>The plugins as an admin reads them in the console: the API's rows, a failure with its reason.</summary>
public sealed class PluginsScreenTests : AdminScreenTest
{
    [Fact]
    public async Task Every_plugin_shows_its_version_and_state_and_a_failed_one_its_reason()
    {
        using var session = await Admin.SignInAsync();
        var plugins = await Admin.Host.PluginsAsync();

        var page = WebUtility.HtmlDecode(await session.PageAsync("/admin/plugins"));

        var broken = Assert.Single(plugins, p => p.Id == "broken");
        Assert.Equal("failed", broken.State);
        Assert.Contains(broken.Reason!, page);
        foreach (var plugin in plugins.Where(p => p.State != "failed"))
            Assert.Matches($"<span class=\"muted\">{plugin.Id}</span></td>\\s*<td>{plugin.Version}</td>\\s*<td>{plugin.State}</td>", page);
        Assert.Contains("href=\"/admin/plugins/notes/settings\"", page);
        Assert.DoesNotContain("href=\"/admin/plugins/broken/settings\"", page);
    }

    [Fact]
    public async Task A_rep_is_refused()
    {
        using var session = await Admin.SignInAsync(AdminHost.RepEmail);

        using var page = await session.GetAsync("/admin/plugins");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }
}
