using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Admin;

/// <summary>The customer import in the browser: an upload, its progress followed by htmx, the outcome and the error report.</summary>
public sealed class ImportScreenTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task An_admin_uploads_a_file_with_a_bad_row_follows_it_to_the_end_and_downloads_the_errors()
    {
        var csv = "Full Name,email\n陈静,chen.jing@example.com\nLi Wei,not-an-email\n"u8.ToArray();
        await SignInAsync(DemoStaff.Admin);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Import customers");
        await Page.AssertNoSeriousViolationsAsync();

        await Page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "customers.csv", MimeType = "text/csv", Buffer = csv });
        await Page.GetByLabel("Columns").FillAsync("name=Full Name");
        await Page.GetByLabel("Match existing customers by").FillAsync("email");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        // The progress refreshes itself until the run ends: all or nothing, so one bad row saves no customer.
        await Expect(Heading).ToHaveTextAsync("Import of customers.csv");
        var report = Page.GetByRole(AriaRole.Link, new() { Name = "Download the error report (CSV)" });
        await Expect(report).ToBeVisibleAsync();
        await StepAsync("refused");
        await Page.AssertNoSeriousViolationsAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() => report.ClickAsync());
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal("file,row,column,reason", lines[0]);
        Assert.Equal(["3", "email"], lines[1].Split(',')[1..3]);
    }
}
