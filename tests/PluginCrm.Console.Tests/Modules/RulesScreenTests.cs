using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Modules;

/// <summary>Lead assignment's rules, screens the module declares as data: the list for everyone, the dry run for managers.</summary>
public sealed class RulesScreenTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task A_manager_reads_the_rules_and_dry_runs_them_over_leads_without_changing_any()
    {
        await SignInAsync(DemoStaff.Manager);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Assignment rules" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Assignment rules");
        await Expect(Page.Locator("table tbody tr").First).ToBeVisibleAsync();
        await StepAsync("rules");
        await Page.AssertNoSeriousViolationsAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Dry run of the rules" }).ClickAsync();
        await Page.GetByLabel("Lead ids").FillAsync("1, 2, 3");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();

        // One row per lead, with where it would go; the leads keep their owners (a dry run writes nothing).
        await Expect(Page.Locator("table tbody tr")).ToHaveCountAsync(3);
        await StepAsync("dry-run");
        await Page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task A_rep_is_not_offered_the_dry_run()
    {
        await SignInAsync();

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Assignment rules" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Dry run of the rules" })).ToHaveCountAsync(0);
    }
}
