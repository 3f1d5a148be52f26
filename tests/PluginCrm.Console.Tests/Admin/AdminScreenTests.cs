namespace PluginCrm.Console.Tests.Admin;

/// <summary>The admin screens in the browser: a module switched off and on again from the admin menu, axe and a phone's width on each.</summary>
public sealed class AdminScreenTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    private static readonly string[] Screens = ["/admin/modules", "/admin/plugins", "/admin/plugins/notes/settings", "/admin/users", "/admin/teams", "/admin/api-keys", "/admin/templates", "/admin/templates/edit?key=care.birthday"];

    [Fact]
    public async Task The_admin_switches_a_module_off_and_on_again_from_the_admin_menu()
    {
        await SignInAsync(DemoStaff.Admin);
        await Page.GetByRole(AriaRole.List, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Modules" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Modules");
        await StepAsync("modules");
        try
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = "Switch off notes", Exact = true }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Switched: notes.");
            await Expect(Page.Locator("header")).ToHaveCountAsync(1); // the menu came along, replacing the old one
            await StepAsync("notes-off");

            await Page.GetByRole(AriaRole.Button, new() { Name = "Switch on notes", Exact = true }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Switch off notes", Exact = true })).ToBeVisibleAsync();
            await StepAsync("notes-on");
            await Page.AssertNoSeriousViolationsAsync();
        }
        finally
        {
            // The demo host is shared by every browser test: notes is on again whatever happened here.
            (await Demo.Host.Client.PostAsync("/api/plugins/notes/enable", content: null)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Every_admin_screen_has_no_serious_accessibility_violation_and_fits_a_375_pixel_screen()
    {
        await SignInAsync(DemoStaff.Admin);
        foreach (var screen in Screens)
        {
            await Page.SetViewportSizeAsync(1280, 800);
            await Page.GotoAsync(screen);
            await Expect(Heading).ToBeVisibleAsync();
            await Page.AssertNoSeriousViolationsAsync();

            await Page.SetViewportSizeAsync(375, 812);
            await Page.AssertNoSeriousViolationsAsync();
            var width = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            await StepAsync(screen.Trim('/').Replace('/', '-') + "-375");
            Assert.True(width <= 375, $"{screen} is {width} pixels wide on a 375-pixel screen");
        }
    }

    [Fact]
    public async Task The_template_editor_shows_a_parse_error_with_its_line_and_column_as_one_types_then_the_preview()
    {
        await SignInAsync(DemoStaff.Admin);
        await Page.GotoAsync("/admin/templates/edit?key=console.try-out");
        var body = Page.GetByLabel("Body");
        var check = Page.Locator("#check");

        await body.PressSequentiallyAsync("Dear {{ if }}");
        await Expect(check).ToContainTextAsync("line 1, column");
        await StepAsync("parse-error");
        await body.FillAsync("");
        await body.PressSequentiallyAsync("Dear {{ customer.name }}");

        await Expect(check.Locator("pre")).ToHaveTextAsync("Dear 王芳");
        await StepAsync("preview");
        await Page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task A_rep_sees_no_admin_menu()
    {
        await SignInAsync();

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Modules" })).ToHaveCountAsync(0);
        var response = await Page.GotoAsync("/admin/modules");
        Assert.Equal(403, response!.Status);
    }
}
