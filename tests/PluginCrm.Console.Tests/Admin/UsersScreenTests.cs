using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Admin;

/// <summary>An admin adds a user from the Administration menu; the same address twice is refused in the server's words, beside the field.</summary>
public sealed class UsersScreenTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task An_admin_adds_a_rep_who_is_listed_and_a_second_account_for_the_address_is_refused()
    {
        var email = $"zhao.lei.{Guid.NewGuid():N}"[..17] + "@demo.example";
        await SignInAsync(DemoStaff.Admin);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Users");

        await AddAsync(email);
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Added {email}.");
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = email })).ToBeVisibleAsync();
        await StepAsync("added");

        await AddAsync(email);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not added");
        await Expect(Page.Locator("#user-email-error")).ToContainTextAsync("already exists");
        await Expect(Page.GetByLabel("E-mail")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = email })).ToHaveCountAsync(1);
        await StepAsync("refused");
        await Page.AssertNoSeriousViolationsAsync();
    }

    private async Task AddAsync(string email)
    {
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("赵磊");
        await Page.GetByLabel("Password").FillAsync("a long enough password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
    }
}
