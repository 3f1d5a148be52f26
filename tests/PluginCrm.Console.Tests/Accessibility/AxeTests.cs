namespace PluginCrm.Console.Tests.Accessibility;

/// <summary>axe finds no serious or critical violation on the console's main pages.</summary>
public sealed class AxeTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task The_sign_in_page_has_no_serious_accessibility_violation()
    {
        await Page.GotoAsync("/sign-in");
        await Expect(Page.GetByLabel("E-mail")).ToBeVisibleAsync();
        await StepAsync("sign-in");
        await Page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task My_day_has_no_serious_accessibility_violation()
    {
        await SignInAsync();
        await Expect(Heading).ToHaveTextAsync("My day");
        await Page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task The_customers_page_has_no_serious_accessibility_violation()
    {
        await SignInAsync();
        await Page.GotoAsync("/customers");
        await Expect(Page.Locator("table")).ToBeVisibleAsync();
        await StepAsync("customers");
        await Page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task The_customer_page_has_no_serious_accessibility_violation()
    {
        var customer = await Demo.OwnCustomerAsync(DemoStaff.Rep);
        await SignInAsync();
        await Page.GotoAsync($"/customers/{customer.Id}");
        await Expect(Timeline).ToBeVisibleAsync();
        await StepAsync("customer");
        await Page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task The_customer_page_with_the_reassign_form_has_no_serious_accessibility_violation()
    {
        // A manager is offered the form (a rep is not): the same page with one more section.
        var customer = await Demo.OwnCustomerAsync(DemoStaff.Manager);
        await SignInAsync(DemoStaff.Manager);
        await Page.GotoAsync($"/customers/{customer.Id}");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Reassign" })).ToBeVisibleAsync();
        await StepAsync("customer-reassign");
        await Page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task The_lead_page_has_no_serious_accessibility_violation()
    {
        await SignInAsync();
        await Page.GotoAsync("/leads");
        await Page.Locator("table a").First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Interactions" })).ToBeVisibleAsync();
        await StepAsync("lead");
        await Page.AssertNoSeriousViolationsAsync();
    }
}
