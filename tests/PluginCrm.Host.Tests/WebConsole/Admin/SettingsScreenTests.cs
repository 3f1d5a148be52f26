using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Settings;

namespace PluginCrm.Host.Tests.WebConsole.Admin;

/// <summary>A plugin's settings form, generated from its settings type: current values in, the server's validation beside each field.</summary>
public sealed class SettingsScreenTests : AdminScreenTest
{
    private const string Page = "/admin/plugins/notes/settings";

    [Fact]
    public async Task The_form_has_a_number_input_per_setting_with_its_current_value()
    {
        using var session = await Admin.SignInAsync();

        var page = await session.PageAsync(Page);

        Assert.Matches("<label for=\"setting-retentionDays\">Retention days", page);
        Assert.Matches("id=\"setting-retentionDays\" name=\"setting.retentionDays\" type=\"number\" step=\"1\"[^>]* value=\"730\"", page);
        Assert.Matches("id=\"setting-maxLength\" name=\"setting.maxLength\" type=\"number\" step=\"1\"[^>]* value=\"4000\"", page);
    }

    [Fact]
    public async Task In_chinese_the_labels_are_the_plugins_own_translations_and_the_names_stay()
    {
        using var session = await Admin.SignInAsync();
        (await session.PostFormAsync("/", "/language", new() { ["culture"] = "zh-CN", ["returnUrl"] = "/" })).Dispose();

        var page = WebUtility.HtmlDecode(await session.PageAsync("/admin/plugins/lead-assignment/settings"));

        Assert.Contains("<label for=\"setting-protectionDays\">保护期（天） <span class=\"muted\">protectionDays</span>", page);
        Assert.Contains("<label for=\"setting-claimsPerDay\">每日领取上限 <span class=\"muted\">claimsPerDay</span>", page);
    }

    [Fact]
    public async Task A_value_the_plugin_refuses_is_shown_beside_its_field_and_nothing_is_saved()
    {
        using var session = await Admin.SignInAsync();

        using var refused = await session.PostFormAsync(Page, Page, new() { ["_handler"] = "settings", ["setting.retentionDays"] = "0", ["setting.maxLength"] = "4000" });
        var page = await refused.Content.ReadAsStringAsync();
        var settings = await Admin.Host.Client.GetFromJsonAsync<JsonElement>("/api/plugins/notes/settings");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("role=\"alert\"", page);
        Assert.Matches("id=\"setting-retentionDays\"[^>]* value=\"0\" required aria-invalid=\"true\" aria-describedby=\"setting-retentionDays-error\"", page);
        Assert.Contains("<p id=\"setting-retentionDays-error\" class=\"error\">must be between 1 and 36500 days</p>", page);
        Assert.DoesNotContain("setting-maxLength-error", page);
        Assert.Equal(730, settings.GetProperty("retentionDays").GetInt32());
        Assert.Null(await OverridesAsync());
    }

    [Fact]
    public async Task Saving_keeps_only_what_the_admin_changed()
    {
        using var session = await Admin.SignInAsync();

        using var saved = await session.PostFormAsync(Page, Page, new() { ["_handler"] = "settings", ["setting.retentionDays"] = "90", ["setting.maxLength"] = "4000" });
        var page = await saved.Content.ReadAsStringAsync();

        Assert.Contains("<p role=\"status\">Saved.</p>", page);
        Assert.Matches("id=\"setting-retentionDays\"[^>]* value=\"90\"", page);
        Assert.Equal("""{"retentionDays":90}""", (await OverridesAsync())!.ToJsonString());
    }

    [Fact]
    public async Task Lists_are_edited_as_json_and_an_optional_number_may_be_left_empty()
    {
        using var session = await Admin.SignInAsync();

        var care = WebUtility.HtmlDecode(await session.PageAsync("/admin/plugins/customer-care/settings"));
        var leads = await session.PageAsync("/admin/plugins/lead-assignment/settings");

        Assert.Matches("<textarea id=\"setting-holidays\" name=\"setting.holidays\"[^>]*>\\[\\]</textarea>", care);
        Assert.Matches("id=\"setting-birthdayTemplate\" name=\"setting.birthdayTemplate\" type=\"text\" value=\"care.birthday\"", care);
        Assert.Contains("id=\"setting-fallbackOwnerId\" name=\"setting.fallbackOwnerId\" type=\"number\" step=\"1\" inputmode=\"numeric\" value=\"\" />", leads);
        Assert.Contains("name=\"setting.spareOpenDeals\" type=\"checkbox\" value=\"true\" checked", leads);
    }

    [Fact]
    public async Task A_rep_is_refused_and_an_unknown_plugin_is_not_found()
    {
        using var rep = await Admin.SignInAsync(AdminHost.RepEmail);
        using var session = await Admin.SignInAsync();

        using var refused = await rep.GetAsync(Page);
        using var unknown = await session.GetAsync("/admin/plugins/nothing/settings");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<System.Text.Json.Nodes.JsonObject?> OverridesAsync()
    {
        await using var scope = Admin.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SettingsStore>().GetOverridesAsync("notes", CancellationToken.None);
    }
}
