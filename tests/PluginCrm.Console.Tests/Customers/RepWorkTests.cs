using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Customers;

/// <summary>A rep's everyday flows in the browser: a task from the customer page, the leads with their filters, the deal board.</summary>
public sealed class RepWorkTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task A_rep_adds_a_task_that_is_already_due_and_finds_it_overdue_on_my_day()
    {
        var customer = await Demo.OwnCustomerAsync(DemoStaff.Rep);
        var subject = $"Send the price list {Guid.NewGuid():N}"[..32];
        var due = Demo.Host.Clock.GetUtcNow().UtcDateTime.AddHours(-2);
        await SignInAsync();
        await Page.GotoAsync($"/customers/{customer.Id}");

        await Page.GetByLabel("Subject").FillAsync(subject);
        await Page.GetByLabel("Due (UTC)").FillAsync(due.ToString("yyyy-MM-ddTHH:mm"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add task" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Task added.");
        await StepAsync("task-added");

        await Page.GetByRole(AriaRole.Link, new() { Name = "My day" }).ClickAsync();
        var overdue = Page.Locator("section", new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "Overdue tasks" }) });
        await Expect(overdue.GetByText(subject)).ToBeVisibleAsync();
        await StepAsync("on-my-day");
    }

    [Fact]
    public async Task A_rep_narrows_the_leads_to_its_own_new_ones()
    {
        await SignInAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Leads" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Leads");
        await Page.AssertNoSeriousViolationsAsync();

        await Page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "New" });
        await Page.GetByLabel("Mine only").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("status=new.*mine=true"));
        var statuses = Page.Locator("table tbody tr td:nth-child(4)");
        await Expect(statuses.First).ToBeVisibleAsync();
        Assert.All(await statuses.AllInnerTextsAsync(), status => Assert.Equal("New", status));
        await Expect(Page.GetByLabel("Mine only")).ToBeCheckedAsync();
        await StepAsync("filtered");
    }

    [Fact]
    public async Task A_rep_sees_its_open_deals_by_stage_on_the_board()
    {
        await SignInAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Deals" }).ClickAsync();

        await Expect(Heading).ToHaveTextAsync("Deals");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToBeVisibleAsync();
        Assert.True(await Page.Locator("section.column").CountAsync() >= 4, "a column per open stage");
        await StepAsync("board");
        await Page.AssertNoSeriousViolationsAsync();
    }
}
