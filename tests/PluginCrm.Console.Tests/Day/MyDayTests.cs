namespace PluginCrm.Console.Tests.Day;

public sealed class MyDayTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task My_day_shows_with_the_console_navigation()
    {
        await SignInAsync();

        await Expect(Heading).ToHaveTextAsync("My day");
        var nav = Page.Locator("nav");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "My day", Exact = true })).ToHaveAttributeAsync("href", "/");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Customers", Exact = true })).ToHaveAttributeAsync("href", "/customers");
        await StepAsync("my-day");
    }
}
