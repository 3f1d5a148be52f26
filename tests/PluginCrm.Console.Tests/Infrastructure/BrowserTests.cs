namespace PluginCrm.Console.Tests.Infrastructure;

/// <summary>The test kit itself, independent of the console's pages: Chromium launches, reaches the demo host and screenshots.</summary>
public sealed class BrowserTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task The_browser_reaches_the_host()
    {
        var response = await Page.GotoAsync("/health");

        Assert.Equal(200, response!.Status);
        await Expect(Page.Locator("body")).ToContainTextAsync("healthy");
        var screenshot = await StepAsync("health");
        Assert.Equal([0xFF, 0xD8, 0xFF], File.ReadAllBytes(screenshot)[..3]); // a JPEG
    }
}
