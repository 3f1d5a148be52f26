using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Customers;

public sealed class LogInteractionTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task A_rep_logs_a_call_from_the_customer_page_and_sees_it_on_the_timeline_at_once()
    {
        var customer = await Demo.OwnCustomerAsync(DemoStaff.Rep);
        var note = $"Asked about the spring order {Guid.NewGuid():N}"[..40];
        await SignInAsync();
        await Page.GotoAsync($"/customers/{customer.Id}");

        // Two steps: the kind (a call by default) and the note; htmx swaps the page's main part, no full reload.
        await Page.GetByLabel("Notes").FillAsync(note);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Logged.");
        await Expect(Timeline.Locator("li", new() { HasText = note })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Notes")).ToHaveValueAsync("");
        await StepAsync("logged");
    }
}
