using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>
/// An admin imports customers from the console: a file with a bad row saves nothing and offers its error report as CSV;
/// a clean one lands whole; nobody else may import. A host of its own, since it writes.
/// </summary>
public sealed class ImportPageTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_file_with_a_bad_row_saves_nothing_and_its_error_report_names_the_row_then_a_clean_file_lands()
    {
        using var admin = ConsoleBrowser.As(host.Client);

        var refused = await ImportAsync(admin, "Full Name,email\nWang Fang,wang@example.com\nLi Wei,not-an-email\n");
        using var report = await admin.GetAsync($"{refused.Run}/errors.csv");
        var errors = await report.Content.ReadAsStringAsync();
        var imported = await ImportAsync(admin, "Full Name,email\nWang Fang,wang@example.com\nLi Wei,li@example.com\n");

        Assert.Contains("Refused: the file has errors, nothing was saved", refused.Page);
        Assert.Equal("text/csv", report.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["file,row,column,reason", "3", "email"], [errors.Split("\r\n")[0].TrimStart('\uFEFF'), errors.Split("\r\n")[1].Split(',')[1], errors.Split("\r\n")[1].Split(',')[2]]);
        Assert.Contains("Imported", imported.Page);
        Assert.Contains("<td>customer</td><td>2</td><td>0</td><td>0</td>", imported.Page);
        var customers = await host.Client.GetFromJsonAsync<JsonElement>("/api/customers?sort=name");
        Assert.Equal(["Li Wei", "Wang Fang"], customers.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_rep_may_not_open_the_import_page_nor_post_a_file()
    {
        var (_, client) = await host.SignedInUserAsync("rep@example.test", CrmRole.Rep);
        using var rep = ConsoleBrowser.As(client);

        using var page = await rep.GetAsync("/imports");
        var day = await rep.PageAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("href=\"/imports\"", day);
    }

    // The CSV with its name column mapped, matched by e-mail.
    private static Task<(string Run, string Page)> ImportAsync(ConsoleBrowser browser, string csv) =>
        ConsoleImport.RunAsync(browser, csv, new Dictionary<string, string> { ["map"] = "name=Full Name", ["match"] = "email" });
}
