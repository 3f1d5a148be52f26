namespace PluginCrm.Console.Tests.Language;

public sealed class LanguageTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task The_language_switch_shows_Chinese_labels_and_back_to_English()
    {
        await SignInAsync();

        await Page.GetByText("中文", new() { Exact = true }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("我的一天");
        await StepAsync("chinese");

        await Page.GetByText("English", new() { Exact = true }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("My day");
        await StepAsync("english");
    }
}
