using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PluginCrm.Host.Tests.WebConsole.Admin;

/// <summary>The template editor: parse errors with line and column as one types, a live preview, versions and restore.</summary>
public sealed class TemplatesScreenTests : AdminScreenTest
{
    private const string Editor = "/admin/templates/edit?key=care.hello";

    [Fact]
    public async Task The_check_shows_a_parse_error_with_its_line_and_column_or_else_the_preview()
    {
        using var session = await Admin.SignInAsync();

        using var broken = await session.PostFormAsync(Editor, "/admin/templates/check", new() { ["Save.Kind"] = "Message", ["Save.Body"] = "Hello\n{{ if }}" });
        using var fine = await session.PostFormAsync(Editor, "/admin/templates/check", new() { ["Save.Kind"] = "Message", ["Save.Body"] = "Hello {{ customer.name }}" });

        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Matches("<li>line 2, column \\d+: [^<]+</li>", await broken.Content.ReadAsStringAsync());
        Assert.Contains("<pre class=\"preview\">Hello 王芳</pre>", WebUtility.HtmlDecode(await fine.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_preview_reads_a_chosen_record_and_names_one_that_is_not_there()
    {
        using var session = await Admin.SignInAsync();
        using var created = await Admin.Host.Client.PostAsJsonAsync("/api/customers", new { name = "陈静", kind = "person" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Dictionary<string, string> Check(string recordId) =>
            new() { ["Save.Kind"] = "Message", ["Save.Body"] = "Dear {{ customer.name }}", ["Preview.Type"] = "customer", ["Preview.Id"] = recordId };

        using var chosen = await session.PostFormAsync(Editor, "/admin/templates/check", Check(id.ToString(CultureInfo.InvariantCulture)));
        using var missing = await session.PostFormAsync(Editor, "/admin/templates/check", Check("987654"));
        using var notANumber = await session.PostFormAsync(Editor, "/admin/templates/check", Check("abc"));
        using var sample = await session.PostFormAsync(Editor, "/admin/templates/check", Check(""));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("<pre class=\"preview\">Dear 陈静</pre>", WebUtility.HtmlDecode(await chosen.Content.ReadAsStringAsync()));
        Assert.Contains($"Preview with record {id} (Customers):", await chosen.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error\">there is no customer 987654</p>", await missing.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error\">recordId: must be a whole number</p>", await notANumber.Content.ReadAsStringAsync());
        Assert.Contains("<pre class=\"preview\">Dear 王芳</pre>", WebUtility.HtmlDecode(await sample.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_body_that_does_not_parse_is_refused_with_the_reason_and_not_saved()
    {
        using var session = await Admin.SignInAsync();

        using var refused = await session.PostFormAsync(Editor, Editor, new() { ["_handler"] = "save", ["Save.Kind"] = "Message", ["Save.Body"] = "{{ if }}" });
        using var api = await Admin.Host.Client.GetAsync("/api/templates/care.hello");

        Assert.Matches("role=\"alert\" class=\"error\">body: line 1, column \\d+: ", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task Each_save_is_a_version_and_a_restore_makes_an_old_one_current_again()
    {
        using var session = await Admin.SignInAsync();

        (await session.PostFormAsync(Editor, Editor, new() { ["_handler"] = "save", ["Save.Kind"] = "Message", ["Save.Body"] = "Hello {{ customer.name }}" })).Dispose();
        using var second = await session.PostFormAsync(Editor, Editor, new() { ["_handler"] = "save", ["Save.Kind"] = "Message", ["Save.Body"] = "Hi {{ customer.name }}" });
        using var restored = await session.PostFormAsync(Editor, Editor, new() { ["_handler"] = "restore", ["Restore.Number"] = "1" });
        var template = await Admin.Host.Client.GetFromJsonAsync<JsonElement>("/api/templates/care.hello");
        var list = await session.PageAsync("/admin/templates");

        Assert.Contains("<p role=\"status\">Saved as version 2.</p>", await second.Content.ReadAsStringAsync());
        Assert.Contains("<p role=\"status\">Version 1 restored as version 3.</p>", await restored.Content.ReadAsStringAsync());
        Assert.Equal(3, template.GetProperty("currentVersion").GetInt32());
        Assert.Equal("Hello {{ customer.name }}", template.GetProperty("body").GetString());
        Assert.Contains("href=\"/admin/templates/edit?key=care.hello\"", list);
    }

    [Fact]
    public async Task A_rep_may_not_check_a_template()
    {
        using var admin = await Admin.SignInAsync();
        using var rep = await Admin.SignInAsync(AdminHost.RepEmail);

        using var refused = await rep.PostFormAsync("/", "/admin/templates/check", new() { ["Save.Kind"] = "Message", ["Save.Body"] = "{{ 1 }}" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
