using System.Net;

namespace PluginCrm.Host.Tests.WebConsole.Admin;

/// <summary>An admin switches modules on and off from the console; a refused switch says why and changes nothing.</summary>
public sealed class ModulesScreenTests : AdminScreenTest
{
    [Fact]
    public async Task An_admin_sees_every_module_with_its_switch_and_the_admin_menu()
    {
        using var session = await Admin.SignInAsync();

        var page = await session.PageAsync("/admin/modules");

        Assert.Contains("<h1>Modules</h1>", page);
        Assert.Contains("href=\"/admin/modules\"", page);
        foreach (var id in new[] { "base", "addon", "notes" })
            Assert.Contains($"name=\"Switch.Off\" value=\"{id}\"", page);
        Assert.DoesNotContain("value=\"broken\"", page);
    }

    [Fact]
    public async Task In_chinese_the_menu_states_and_switches_are_chinese()
    {
        using var session = await Admin.SignInAsync();

        (await session.PostFormAsync("/", "/language", new() { ["culture"] = "zh-CN", ["returnUrl"] = "/" })).Dispose();
        var page = WebUtility.HtmlDecode(await session.PageAsync("/admin/modules"));

        Assert.Contains("<h1>模块</h1>", page);
        Assert.Contains(">系统管理<", page);
        Assert.Contains("<td>已启用</td>", page);
        Assert.Contains(">关闭<span class=\"visually-hidden\"> notes</span>", page);
    }

    [Theory]
    [InlineData(AdminHost.RepEmail)]
    [InlineData(AdminHost.ManagerEmail)]
    public async Task Anyone_but_an_admin_is_refused_and_sees_no_admin_menu(string email)
    {
        using var session = await Admin.SignInAsync(email);

        var day = await session.PageAsync("/");
        using var modules = await session.GetAsync("/admin/modules");

        Assert.Equal(HttpStatusCode.Forbidden, modules.StatusCode);
        Assert.DoesNotContain("/admin/", day);
        Assert.DoesNotContain("admin-menu", day);
    }

    [Fact]
    public async Task Switching_off_a_module_others_need_shows_the_reason_and_changes_nothing()
    {
        using var session = await Admin.SignInAsync();

        using var refused = await session.PostFormAsync("/admin/modules", "/admin/modules", new() { ["_handler"] = "switch", ["Switch.Off"] = "base" });
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("role=\"alert\"", page);
        Assert.Contains("cannot disable 'base': enabled modules need it: 'addon'", page);
        Assert.Equal("enabled", (await Admin.Host.PluginAsync("base")).State);
        Assert.Equal("enabled", (await Admin.Host.PluginAsync("addon")).State);
    }

    [Fact]
    public async Task A_module_switched_off_and_on_again_answers_accordingly()
    {
        using var session = await Admin.SignInAsync();

        using var off = await session.PostFormAsync("/admin/modules", "/admin/modules", new() { ["_handler"] = "switch", ["Switch.Off"] = "notes" });
        var offPage = await off.Content.ReadAsStringAsync();
        var stateWhileOff = (await Admin.Host.PluginAsync("notes")).State;
        using var on = await session.PostFormAsync("/admin/modules", "/admin/modules", new() { ["_handler"] = "switch", ["Switch.On"] = "notes" });

        Assert.Equal("disabled", stateWhileOff);
        Assert.Contains("name=\"Switch.On\" value=\"notes\"", offPage);
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Equal("enabled", (await Admin.Host.PluginAsync("notes")).State);
    }

    [Fact]
    public async Task A_cascade_offered_after_the_refusal_switches_off_the_module_and_those_that_need_it()
    {
        using var session = await Admin.SignInAsync();

        using var cascade = await session.PostFormAsync("/admin/modules", "/admin/modules", new() { ["_handler"] = "switch", ["Switch.Cascade"] = "base" });

        Assert.Equal(HttpStatusCode.OK, cascade.StatusCode);
        Assert.Equal("disabled", (await Admin.Host.PluginAsync("base")).State);
        Assert.Equal("disabled", (await Admin.Host.PluginAsync("addon")).State);
    }
}
