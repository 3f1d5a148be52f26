using System.Text.RegularExpressions;

namespace PluginCrm.Console.Tests.SignIn;

public sealed partial class SignInTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task Sign_in_refuses_a_wrong_password_then_accepts_the_right_one()
    {
        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(SignInPage());
        await Expect(Page.GetByLabel("E-mail")).ToHaveAttributeAsync("name", "email");
        await Expect(Page.GetByLabel("Password")).ToHaveAttributeAsync("name", "password");
        await StepAsync("redirected-to-sign-in");

        await Page.GetByLabel("E-mail").FillAsync(DemoStaff.Rep);
        await Page.GetByLabel("Password").FillAsync("not-the-password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("wrong");
        await Expect(Page).ToHaveURLAsync(SignInPage());
        await StepAsync("refused");

        await SignInAsync();
        await Expect(Heading).ToHaveTextAsync("My day");
    }

    [Fact]
    public async Task Sign_out_returns_to_sign_in_and_ends_the_session()
    {
        await SignInAsync();

        await Expect(Page.Locator("form[action='/sign-out']").GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(SignInPage());
        await StepAsync("signed-out");

        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(SignInPage());
    }

    // The sign-in page, with or without a query (where to return to, say).
    [GeneratedRegex(@"/sign-in(\?.*)?$")]
    private static partial Regex SignInPage();
}
