using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Modules;

/// <summary>Feedback's complaints, screens the module declares as data (a list, a form, a detail, widgets), used in the browser.</summary>
public sealed class ComplaintScreenTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task A_rep_logs_a_complaint_is_shown_the_servers_error_beside_its_field_then_the_complaint_and_its_widgets_drawn()
    {
        var customer = await Demo.OwnCustomerAsync(DemoStaff.Rep);
        await SignInAsync();

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Complaints" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Complaints");
        await Page.AssertNoSeriousViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log a complaint" }).ClickAsync();
        await Page.GetByLabel("Customer id").FillAsync("999999999");
        await Page.GetByLabel("Subject").FillAsync("The lid was missing");
        await Page.GetByLabel("Description").FillAsync("Delivered without its lid.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();

        var error = Page.Locator("#field-customerId-error");
        await Expect(error).ToContainTextAsync("there is no customer");
        await Expect(Page.GetByLabel("Subject")).ToHaveValueAsync("The lid was missing");
        await StepAsync("refused");
        await Page.AssertNoSeriousViolationsAsync();

        await Page.GetByLabel("Customer id").FillAsync(customer.Id.ToString());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();

        await Expect(Heading).ToHaveTextAsync("The lid was missing");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Log complaint");
        await StepAsync("logged");
        await Page.AssertNoSeriousViolationsAsync();

        // Now open, it is counted on the dashboard, its age and priority drawn by ECharts.
        await Page.GetByRole(AriaRole.Link, new() { Name = "My day" }).ClickAsync();
        await Expect(Page.Locator("section.widget .chart canvas").First).ToBeVisibleAsync();
        await StepAsync("widgets");
        await Page.AssertNoSeriousViolationsAsync();
    }
}
