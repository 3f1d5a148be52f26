namespace PluginCrm.Console.Tests.Day;

/// <summary>My day's times in the browser's time zone (each page keeps it in a cookie), not the server's.</summary>
public sealed class MyDayTimeZoneTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    protected override string TimeZone => "Asia/Shanghai";

    [Fact]
    public async Task A_reps_due_times_are_shown_in_the_browsers_zone()
    {
        await SignInAsync();
        await Page.ReloadAsync(); // the first page set the cookie: from now on the server knows the zone

        var cookies = await Page.Context.CookiesAsync();
        Assert.Equal("Asia%2FShanghai", cookies.Single(c => c.Name == "tz").Value);
        var dues = Page.Locator("ul.items li span.muted", new() { HasText = "due" });
        Assert.True(await dues.CountAsync() > 0, "the demo rep has no task due today or overdue");
        foreach (var due in await dues.AllInnerTextsAsync())
            Assert.EndsWith("(Asia/Shanghai)", due.Trim());
        await StepAsync("my-day-in-shanghai");
    }
}
