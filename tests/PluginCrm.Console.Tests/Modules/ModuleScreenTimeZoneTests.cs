namespace PluginCrm.Console.Tests.Modules;

/// <summary>A module's screen shows its times in the browser's zone and names it once, as the record pages do.</summary>
public sealed class ModuleScreenTimeZoneTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    protected override string TimeZone => "Asia/Shanghai";

    [Fact]
    public async Task The_public_pools_times_are_in_the_browsers_zone()
    {
        await SignInAsync(); // the first page sets the cookie: from then on the server knows the zone
        await Page.GotoAsync("/m/lead-assignment/pool");

        await Expect(Page.Locator("table caption")).ToHaveTextAsync("Times in Asia/Shanghai");
        await AssertShownInZoneAsync(Page.Locator("table td time").First, TimeZone);
        await StepAsync("pool-in-shanghai");
    }
}
