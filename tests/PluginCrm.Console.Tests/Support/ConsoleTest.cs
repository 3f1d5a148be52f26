using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PluginCrm.Console.Tests.Support;

/// <summary>
/// A browser test of the console: a new context and page per test (xunit makes a new instance per test) on the shared demo
/// host, English by default, a screenshot at each step. The browser asks for reduced motion, so charts are drawn at once:
/// each step's screenshot shows them whole, and no animation frames are rendered. Actions wait 10 seconds at most, so a missing page fails quickly.
/// The browser tests run on SQLite alone (trait <c>Database=SQLite</c>: the PostgreSQL run leaves them out). What they add
/// to the host's tests of the same pages (the host's WebConsole tests, on both databases) is the browser, which the
/// database does not change, and a second run took 2 min 20 s of the PostgreSQL run's CPU.
/// </summary>
[Collection(ConsoleCollection.Name)]
[Trait("Database", "SQLite")]
public abstract class ConsoleTest(DemoConsole demo, Chromium chromium) : IAsyncLifetime
{
    private IBrowserContext context = null!;
    private int steps;

    protected DemoConsole Demo => demo;

    protected IPage Page { get; private set; } = null!;

    /// <summary>The browser's IANA time zone; the machine's when null.</summary>
    protected virtual string? TimeZone => null;

    public async Task InitializeAsync()
    {
        context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = demo.BaseUrl, Locale = "en-GB", TimezoneId = TimeZone, ViewportSize = new() { Width = 1280, Height = 800 }, ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(10_000);
        Page = await context.NewPageAsync();
    }

    public Task DisposeAsync() => context.DisposeAsync().AsTask();

    /// <summary>Saves a full-page screenshot of this step (numbered, so the folder reads in order); returns its path.</summary>
    protected Task<string> StepAsync(string step, [CallerMemberName] string test = "")
    {
        if (steps++ == 0)
            Screenshots.Clear(test);
        return Screenshots.SaveAsync(Page, test, $"{steps:00}-{step}");
    }

    /// <summary>Signs in through the sign-in page, by its labels, and waits for my day.</summary>
    protected async Task SignInAsync(string email = DemoStaff.Rep, [CallerMemberName] string test = "")
    {
        await Page.GotoAsync("/sign-in");
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(DemoStaff.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url("/"));
        await StepAsync("signed-in", test);
    }

    /// <summary>The page's one <c>&lt;h1&gt;</c>.</summary>
    protected ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The customer page's section headed "Timeline".</summary>
    protected ILocator Timeline => Page.Locator("section", new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "Timeline", Level = 2 }) });

    /// <summary>Asserts that a <c>&lt;time&gt;</c> element shows its moment in <paramref name="zone"/>, as an English (en) page words it.</summary>
    protected static async Task AssertShownInZoneAsync(ILocator time, string zone)
    {
        var utc = DateTime.Parse((await time.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(local.ToString("g", CultureInfo.GetCultureInfo("en")), (await time.InnerTextAsync()).Trim());
    }

    /// <summary>The absolute address of a console path.</summary>
    protected string Url(string path) => new Uri(new Uri(demo.BaseUrl), path).ToString();
}
