namespace PluginCrm.Console.Tests.Customers;

public sealed class CustomerSearchTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task A_rep_finds_an_own_customer_by_part_of_the_name_and_opens_its_timeline()
    {
        var customer = await Demo.OwnCustomerAsync(DemoStaff.Rep);
        await SignInAsync();

        // The name less its first character: a part of it, not the whole.
        await Page.GotoAsync($"/customers?q={Uri.EscapeDataString(customer.Name[1..])}");
        var row = Page.Locator($"table a[href='/customers/{customer.Id}']");
        await Expect(row).ToHaveTextAsync(customer.Name);
        await StepAsync("search-results");

        await row.ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url($"/customers/{customer.Id}"));
        await Expect(Heading).ToHaveTextAsync(customer.Name);
        await Expect(Timeline.Locator("li").First).ToBeVisibleAsync();
        await StepAsync("customer");
    }
}
