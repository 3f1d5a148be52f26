namespace PluginCrm.Console.Tests.Customers;

/// <summary>The customer page's timeline in the browser's time zone (each page keeps it in a cookie), named once, not the server's.</summary>
public sealed class CustomerTimeZoneTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    protected override string TimeZone => "Asia/Shanghai";

    [Fact]
    public async Task A_customers_timeline_is_shown_in_the_browsers_zone()
    {
        var customer = await Demo.OwnCustomerAsync(DemoStaff.Rep);
        await SignInAsync(); // the first page sets the cookie: from then on the server knows the zone
        await Page.GotoAsync($"/customers/{customer.Id}");

        await Expect(Timeline.GetByText("Times in Asia/Shanghai")).ToBeVisibleAsync();
        await AssertShownInZoneAsync(Timeline.Locator("ol.timeline time").First, TimeZone);
        await StepAsync("customer-in-shanghai");
    }
}
