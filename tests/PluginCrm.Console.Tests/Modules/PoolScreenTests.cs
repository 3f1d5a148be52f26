using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Modules;

/// <summary>Lead assignment's public pool, a screen the module declares as data, used in the browser as a rep would.</summary>
public sealed class PoolScreenTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task A_rep_opens_the_pool_from_the_menu_confirms_a_claim_and_is_told_the_outcome()
    {
        await SignInAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Public pool" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Public pool");
        var claims = Page.GetByRole(AriaRole.Button, new() { Name = "Claim" });
        await Expect(claims.First).ToBeVisibleAsync();
        await StepAsync("pool");
        var question = "";
        Page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };

        await claims.First.ClickAsync();

        // Claimed, or refused by the module (its claim limits) with its reason: either way the rep is told.
        await Expect(Page.GetByRole(AriaRole.Status).Or(Page.GetByRole(AriaRole.Alert))).ToBeVisibleAsync();
        Assert.Equal("Claim this record? It becomes yours.", question);
        await StepAsync("claimed");
        await Page.AssertNoSeriousViolationsAsync();
    }
}
