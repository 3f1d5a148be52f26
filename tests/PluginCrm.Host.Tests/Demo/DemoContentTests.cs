using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Demo.Generated;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Kpis.Retention;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Demo;

/// <summary>What the generated demo company holds, read over HTTP as its admin, managers and reps would.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoContentTests(DemoHost demo)
{
    private sealed record UserRow(long Id, string Email, string Name, string Role, long? TeamId, bool Active);
    private sealed record TeamRow(long Id, string Name, string? Region, long? ManagerId);
    private sealed record SessionRow(string Token);

    private DateOnly Today => DateOnly.FromDateTime(demo.Host.Clock.GetUtcNow().UtcDateTime);

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = demo.Host.AnonymousClient();
        var response = await client.Post("/api/auth/sign-in", new { email, password = DemoStaff.Password });
        Assert.True(response.IsSuccessStatusCode, $"{email} could not sign in: {response.StatusCode}");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.As<SessionRow>()).Token);
        return client;
    }

    private async Task<List<T>> AllAsync<T>(HttpClient client, string path)
    {
        var all = new List<T>();
        for (var page = 1; ; page++)
        {
            var items = await client.Get<ListPage<T>>($"{path}{(path.Contains('?') ? '&' : '?')}pageSize=500&page={page}");
            all.AddRange(items.Items);
            if (all.Count >= items.Total)
                return all;
        }
    }

    [Fact]
    public async Task Four_teams_each_have_a_manager_and_every_user_signs_in_with_the_demo_password()
    {
        var teams = await demo.Host.Client.Get<List<TeamRow>>("/api/teams");
        var users = await demo.Host.Client.Get<List<UserRow>>("/api/users");

        Assert.Equal(["华东销售部", "华南销售部", "UK & Europe", "North America"], teams.Select(t => t.Name));
        foreach (var team in teams)
        {
            Assert.Equal(("manager", team.Id), users.Where(u => u.Id == team.ManagerId).Select(u => (u.Role, u.TeamId!.Value)).Single());
            Assert.InRange(users.Count(u => u.TeamId == team.Id && u.Role == "rep"), 4, 6);
        }
        Assert.Contains(users, u => u is { Email: DemoStaff.Admin, Role: "admin" });
        Assert.Contains(users, u => u is { Email: DemoStaff.Rep, Name: "李伟", Role: "rep" });
        foreach (var user in users)
            await SignInAsync(user.Email);
    }

    [Fact]
    public async Task Two_thousand_customers_are_owned_by_reps_of_their_team_with_names_and_phones_of_their_language()
    {
        var users = (await demo.Host.Client.Get<List<UserRow>>("/api/users")).ToDictionary(u => u.Id);
        var customers = await AllAsync<CustomerRecord>(demo.Host.Client, "/api/customers");

        Assert.True(customers.Count >= 2000, $"{customers.Count} customers");
        // every customer has an owner, a rep of the customer's team (or none while in the public pool)
        Assert.All(customers.Where(c => c.OwnerId is not null), c => Assert.Equal(("rep", c.TeamId), (users[c.OwnerId!.Value].Role, users[c.OwnerId!.Value].TeamId)));
        Assert.True(customers.Count(c => c.OwnerId is null) < 100);
        Assert.All(customers.Where(c => c.Language == "zh"), c => Assert.StartsWith("+86 1", c.Phone));
        Assert.All(customers.Where(c => c.Language == "en"), c => Assert.Matches(@"^\+(44|1) ", c.Phone!));
        Assert.InRange(customers.Count(c => c.Language == "zh"), 800, 1400);
        Assert.True(customers.Count(c => c.ConsentToContact) > customers.Count * 0.7);
        var thisWeek = Enumerable.Range(0, 7).Select(Today.AddDays).Select(d => (d.Month, d.Day)).ToHashSet();
        Assert.Contains(customers, c => c.Birthday is { } b && (b.Month, b.Day) == (Today.Month, Today.Day));
        Assert.True(customers.Count(c => c.Birthday is { } b && thisWeek.Contains((b.Month, b.Day))) >= 30);
        Assert.Equal(customers.Count, customers.Select(c => ContactKeys.Phone(c.Phone)).Distinct().Count());
    }

    [Fact]
    public async Task Leads_wait_in_every_status_and_deals_stand_in_every_stage_each_with_a_customer()
    {
        foreach (var status in Enum.GetValues<LeadStatus>())
            Assert.True((await demo.Host.Client.Get<ListPage<LeadRecord>>($"/api/leads?status={status}&pageSize=1")).Total > 0, $"no {status} lead");
        var today = await demo.Host.Client.Get<ListPage<LeadRecord>>("/api/leads?status=new&sort=-createdUtc&pageSize=500");
        Assert.Contains(today.Items, l => DateOnly.FromDateTime(l.CreatedUtc) == Today);

        var deals = await AllAsync<DealRecord>(demo.Host.Client, "/api/deals");
        Assert.Equal(Enum.GetValues<DealStage>(), deals.Select(d => d.Stage).Distinct().Order());
        Assert.All(deals, d => Assert.NotNull(d.CustomerId));
        Assert.All(deals.Where(d => d.Stage is DealStage.Won or DealStage.Lost), d => Assert.NotNull(d.ClosedOn));
        Assert.Contains(deals, d => d.Value % 1 != 0); // decimal values, not only whole ones
    }

    [Fact]
    public async Task Two_years_of_orders_end_yesterday_and_a_customers_stage_matches_its_purchases()
    {
        var all = await demo.Host.Client.Get<KpiReport<OrderFigures>>("/api/kpis/orders");
        var before = await demo.Host.Client.Get<ListPage<OrderRecord>>($"/api/orders?to={Today.AddDays(-731):yyyy-MM-dd}&pageSize=1");
        var firstYear = await demo.Host.Client.Get<ListPage<OrderRecord>>($"/api/orders?from={Today.AddDays(-730):yyyy-MM-dd}&to={Today.AddDays(-365):yyyy-MM-dd}&pageSize=1");
        var today = await demo.Host.Client.Get<ListPage<OrderRecord>>($"/api/orders?from={Today:yyyy-MM-dd}&pageSize=1");
        var yesterday = await demo.Host.Client.Get<ListPage<OrderRecord>>($"/api/orders?from={Today.AddDays(-1):yyyy-MM-dd}&pageSize=1");

        Assert.True(all.Total.Orders > 10_000, $"{all.Total.Orders} orders");
        Assert.Equal((0, 0), (before.Total, today.Total));
        Assert.True(firstYear.Total > 3000 && yesterday.Total > 0, $"{firstYear.Total} in the first year, {yesterday.Total} yesterday");
        Assert.InRange(all.Total.RepeatPurchaseRate!.Value, 0.4m, 0.8m); // many one-time buyers, more who come back

        var customers = await demo.Host.Client.Get<ListPage<CustomerRecord>>("/api/customers?pageSize=60");
        foreach (var customer in customers.Items)
        {
            var orders = await demo.Host.Client.Get<ListPage<OrderRecord>>($"/api/orders?customerId={customer.Id}&pageSize=500");
            var days = orders.Items.Where(o => o.Total >= 0).Select(o => o.OrderedUtc.Date).Distinct().Count();
            var expected = days switch { 0 => "prospect", 1 => "customer", _ => "repeat" };
            var stage = customer.Stage switch
            {
                LifecycleStage.Lead or LifecycleStage.Qualified or LifecycleStage.Opportunity => "prospect",
                LifecycleStage.Customer => "customer",
                LifecycleStage.AtRisk or LifecycleStage.Churned => days > 0 ? expected : "no purchases", // value scoring's churn warning
                _ => "repeat",
            };
            Assert.Equal((customer.Id, expected), (customer.Id, stage));
        }
    }

    [Fact]
    public async Task Customers_went_silent_and_churned_one_by_one_over_the_last_year_each_move_dated_in_its_history()
    {
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        var churn = await demo.Host.Client.Get<KpiReport<RetentionFigures>>(
            $"/api/kpis/retention?from={thisMonth.AddMonths(-24):yyyy-MM-dd}&to={thisMonth:yyyy-MM-dd}&by=month");
        var lostByMonth = churn.Series.Select(p => p.Figures.Lost).ToList();

        // Nobody can have been silent for a year in the first year of orders; after it, churn comes month by month, not at once.
        Assert.All(lostByMonth.Take(11), lost => Assert.Equal(0, lost));
        Assert.True(lostByMonth.Skip(12).Count(lost => lost > 0) >= 10, $"lost by month: {string.Join(", ", lostByMonth)}");
        Assert.True(lostByMonth.Max() * 3 < lostByMonth.Sum(), $"lost by month: {string.Join(", ", lostByMonth)}");

        // A churned customer went from prospect to customer at its first order and churned on the 366th day after its last.
        var churned = await demo.Host.Client.Get<ListPage<CustomerRecord>>("/api/customers?stage=churned&pageSize=20");
        Assert.True(churned.Total > 100, $"{churned.Total} churned");
        foreach (var customer in churned.Items)
        {
            var orders = (await demo.Host.Client.Get<ListPage<OrderRecord>>($"/api/orders?customerId={customer.Id}&pageSize=500")).Items;
            var moves = (await demo.Host.Client.Get<PluginCrm.Host.Timeline.TimelinePage>($"/api/customers/{customer.Id}/timeline?kinds=lifecycle&pageSize=100")).Items;
            var last = orders.Max(o => o.OrderedUtc);
            var churnedOn = moves.First(m => m.Title.EndsWith("→ churned", StringComparison.Ordinal));
            Assert.Equal(DateOnly.FromDateTime(last).AddDays(366), DateOnly.FromDateTime(churnedOn.WhenUtc));
            Assert.Equal(("lifecycle", $"no purchase since {last:yyyy-MM-dd} (366 days, churn after 365)"), (churnedOn.ActorName, churnedOn.Detail));
            Assert.Equal(orders.Min(o => o.OrderedUtc), moves.Last(m => m.Title.EndsWith("→ customer", StringComparison.Ordinal)).WhenUtc);
            Assert.StartsWith("Created as ", moves[^1].Title);
            Assert.True(moves[^1].WhenUtc < orders.Min(o => o.OrderedUtc));
        }
    }

    [Fact]
    public async Task A_manager_sees_its_teams_customers_and_a_rep_its_own()
    {
        var teams = await demo.Host.Client.Get<List<TeamRow>>("/api/teams");
        var east = teams.Single(t => t.Name == "华东销售部");
        var manager = await AllAsync<CustomerRecord>(await SignInAsync(DemoStaff.Manager), "/api/customers");
        var rep = await AllAsync<CustomerRecord>(await SignInAsync(DemoStaff.Rep), "/api/customers");
        var users = await demo.Host.Client.Get<List<UserRow>>("/api/users");
        var liWei = users.Single(u => u.Email == DemoStaff.Rep).Id;

        Assert.True(manager.Count(c => c.TeamId == east.Id) > 400);
        Assert.All(manager.Where(c => c.OwnerId is not null), c => Assert.Equal(east.Id, c.TeamId)); // besides the shared public pool
        Assert.True(rep.Count(c => c.OwnerId == liWei) > 50);
        Assert.All(rep.Where(c => c.OwnerId is not null), c => Assert.Equal(liWei, c.OwnerId));
    }

    [Fact]
    public async Task The_demo_reps_day_holds_a_task_due_today_an_overdue_one_and_customers_about_to_be_reclaimed()
    {
        var day = await (await SignInAsync(DemoStaff.Rep)).Get<Day.DayAnswer>("/api/me/day");

        Assert.NotEmpty(day.Records("today-tasks"));
        Assert.NotEmpty(day.Records("overdue-tasks"));
        Assert.All(day.Records("today-tasks").Concat(day.Records("overdue-tasks")), r => Assert.StartsWith("task:", r));
        Assert.Contains(day.Sections, s => s.Plugin == "lead-assignment" && s.Items.Count > 0);
    }

    [Fact]
    public async Task Generating_again_leaves_the_demo_as_it_is()
    {
        var before = await demo.Host.Client.Get<ListPage<CustomerRecord>>("/api/customers?pageSize=1");

        var outcome = await demo.Host.Services.GetRequiredService<DemoGenerator>().GenerateAsync(1, new Progress<string>(), CancellationToken.None);

        Assert.Equal(DemoGenerator.Outcome.AlreadyThere, outcome);
        Assert.Equal(before.Total, (await demo.Host.Client.Get<ListPage<CustomerRecord>>("/api/customers?pageSize=1")).Total);
    }

    [Fact]
    public void Progress_names_what_was_generated_line_by_line()
    {
        Assert.Contains(demo.Progress, l => l.StartsWith("160 companies, 2,000 customers", StringComparison.Ordinal));
        Assert.Contains(demo.Progress, l => l.Contains("orders over two years", StringComparison.Ordinal));
        Assert.Contains(demo.Progress, l => l.StartsWith("generated in ", StringComparison.Ordinal));
    }
}
