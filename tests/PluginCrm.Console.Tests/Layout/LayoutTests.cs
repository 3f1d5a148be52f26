namespace PluginCrm.Console.Tests.Layout;

public sealed class LayoutTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task My_day_fits_a_375_pixel_wide_screen_without_horizontal_scrolling()
    {
        await Page.SetViewportSizeAsync(375, 812);
        await SignInAsync();

        await Expect(Heading).ToHaveTextAsync("My day");
        var width = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await StepAsync("my-day-375");
        Assert.True(width <= 375, $"my day is {width} pixels wide on a 375-pixel screen");
    }

    [Fact]
    public async Task Tab_from_the_top_reaches_the_first_nav_link_with_visible_focus()
    {
        await SignInAsync();
        var first = Page.Locator("nav a").First;

        // A skip link or the language switch may come first: a handful of presses, from the top of the page, is enough.
        for (var presses = 0; presses < 5 && !await IsFocusedAsync(first); presses++)
            await Page.Keyboard.PressAsync("Tab");

        await Expect(first).ToBeFocusedAsync();
        Assert.True(await first.EvaluateAsync<bool>(FocusShows), "the first nav link has focus but shows no focus ring (:focus-visible with an outline or a shadow)");
        await StepAsync("first-nav-link-focused");
    }

    private const string FocusShows = """
        e => {
            const style = getComputedStyle(e);
            return e.matches(':focus-visible')
                && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none');
        }
        """;

    private static Task<bool> IsFocusedAsync(ILocator locator) => locator.EvaluateAsync<bool>("e => e === document.activeElement");
}
