using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Customers;

/// <summary>A manager gives a rep's customer to someone else from the customer page, through the ownership rules.</summary>
public sealed class ReassignTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task A_manager_reassigns_a_reps_customer_overriding_its_protection_and_sees_the_new_owner()
    {
        var customer = await Demo.OwnCustomerAsync(DemoStaff.Rep);
        await SignInAsync(DemoStaff.Manager);
        await Page.GotoAsync($"/customers/{customer.Id}");
        var owner = await Page.Locator("#owner").InnerTextAsync();
        var newOwner = Page.GetByLabel("New owner");
        var to = (await newOwner.Locator("option").AllInnerTextsAsync()).First(name => name != owner);

        await newOwner.SelectOptionAsync(new SelectOptionValue { Label = to });
        await Page.GetByLabel("Reason").FillAsync("Covering while the owner is on leave");
        await Page.GetByLabel("Override the owner's protection").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Reassign" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Reassigned.");
        await Expect(Page.Locator("#owner")).ToHaveTextAsync(to);
        await StepAsync("reassigned");
        await Page.AssertNoSeriousViolationsAsync();
    }
}
