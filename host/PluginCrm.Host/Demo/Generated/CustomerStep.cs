using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Lifecycle;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>
/// Companies and customers: Chinese names and +86 mobiles in the two Chinese teams, English names and +44 / +1 numbers in
/// the others; owners spread over the team's reps; consent for most; birthdays, some this week; and a buying plan per
/// customer, drawn first: a customer comes in as a prospect and moves through the lifecycle as its purchases and silences
/// move it, each move dated when it happened (<see cref="LifecycleMoves"/>), so that churn and retention have a history.
/// </summary>
public static class CustomerStep
{
    public const int CustomerCount = 2000;
    public const int HistoryDays = 730;

    public static async Task<string> RunAsync(DemoCompany company, DemoWriter writer, CancellationToken ct)
    {
        var r = company.Random;
        var companies = new List<(CompanyRecord, DateTime)>();
        var names = new HashSet<string>();
        foreach (var team in company.Teams)
            for (var i = 0; i < 40; i++)
            {
                var name = UniqueFirm(company, team.Plan.Language, names);
                companies.Add((new CompanyRecord(0, name, company.Pick(DemoNames.Industries), team.Plan.Region, r.Next(5, 2000),
                    r.Next(5, 500) * 100_000m, null, default, default, 0), company.TodayUtc.AddDays(-HistoryDays - r.Next(30))));
            }
        company.Companies.AddRange(await writer.CreateAsync(CoreRecords.Companies, companies, ct));

        var customers = new List<DemoHistory<CustomerRecord>>();
        for (var i = 0; i < CustomerCount; i++)
        {
            var team = company.Teams[TeamIndex(r.Next(100))];
            var zh = team.Plan.Language == "zh";
            var owner = company.Pick(team.Reps);
            var plan = Plan(company);
            company.Buyers.Add(plan);
            var name = PersonName(company, zh);
            var firm = r.Next(100) < 35 ? company.Pick(company.Companies.Where(c => c.Region == team.Team.Region).ToList()) : null;
            // Lead, qualified or opportunity; a buyer's without a draw of its own, so the rest of the demo stays as the seed made it.
            var stage = (LifecycleStage)(plan.Orders.Count == 0 ? r.Next(3) : i % 3);
            var created = plan.Orders.Count > 0
                ? plan.Orders[0].AddDays(-r.Next(1, 30))
                : company.NowUtc.AddDays(-1 - r.NextDouble() * 79);
            var tags = plan.Kind == BuyerKind.BigAccount ? new[] { "vip" } : firm is not null && r.Next(4) == 0 ? ["wholesale"] : Array.Empty<string>();
            var record = new CustomerRecord(0, name, firm is null ? CustomerKind.Person : CustomerKind.CompanyContact, firm?.Id,
                Email(company, name, zh, i), Phone(company, team.Team.Region!), Birthday(company, i), company.Pick(zh ? DemoNames.ChineseSources : DemoNames.EnglishSources),
                team.Team.Region, team.Plan.Language, owner.Id, team.Team.Id, stage, tags, r.Next(100) < 85, $"demo-{i + 1:0000}", default, default, 0);
            customers.Add(new DemoHistory<CustomerRecord>(record, created, LifecycleMoves(company, record, plan)));
        }
        company.Customers.AddRange(await writer.CreateAsync(CoreRecords.Customers, customers, ct));
        return $"{company.Companies.Count} companies, {company.Customers.Count:N0} customers ({company.Customers.Count(c => c.ConsentToContact):N0} with consent, {company.Customers.Count(c => IsThisWeek(company, c.Birthday)):N0} birthdays this week)";
    }

    /// <summary>
    /// The moves a customer's purchases and silences made, by the host's own rules (<see cref="LifecycleRules"/>), each as
    /// <see cref="CustomerLifecycle.Actor"/> with its reason: a purchase moves it when the order is placed, a silence longer
    /// than <see cref="DemoCompany.ChurnAfterDays"/> churns it at the nightly run of the churn job that day. A churn due
    /// later today is left to the host's own job.
    /// </summary>
    internal static List<DemoChange<CustomerRecord>> LifecycleMoves(DemoCompany company, CustomerRecord created, BuyerPlan plan)
    {
        var moves = new List<DemoChange<CustomerRecord>>();
        var current = created;
        void Move((LifecycleStage Stage, string Reason)? move, DateTime at)
        {
            if (move is not { } m || at >= company.NowUtc)
                return;
            current = current with { Stage = m.Stage };
            moves.Add(new DemoChange<CustomerRecord>(current, at, CustomerLifecycle.Actor, m.Reason));
        }
        void SilenceUntil(DateOnly since, DateOnly day)
        {
            var churnDay = since.AddDays(company.ChurnAfterDays + 1);
            if (churnDay <= day)
                Move(LifecycleRules.AfterSilence(current.Stage, since, bought: true, churnDay, company.ChurnAfterDays), churnDay.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc));
        }
        var days = new SortedSet<DateOnly>();
        foreach (var at in plan.Orders)
        {
            var day = DateOnly.FromDateTime(at);
            if (days.Count > 0)
                SilenceUntil(days.Max, day);
            days.Add(day);
            Move(LifecycleRules.AfterPurchase(current.Stage, days.Count, day), at);
        }
        if (days.Count > 0)
            SilenceUntil(days.Max, company.Today);
        return moves;
    }

    // 华东 35%, 华南 20%, UK & Europe 25%, North America 20%.
    internal static int TeamIndex(int percent) => percent < 35 ? 0 : percent < 55 ? 1 : percent < 80 ? 2 : 3;

    private static BuyerPlan Plan(DemoCompany company)
    {
        var r = company.Random;
        var roll = r.Next(100);
        var kind = roll < 10 ? BuyerKind.Prospect : roll < 13 ? BuyerKind.BigAccount : roll < 48 ? BuyerKind.OneTime : roll < 83 ? BuyerKind.Regular : BuyerKind.Silent;
        var days = kind switch
        {
            BuyerKind.Prospect => [],
            BuyerKind.BigAccount => Days(company, r.Next(25, 60), HistoryDays, 1),
            BuyerKind.OneTime => Days(company, 1, HistoryDays, 1),
            BuyerKind.Regular => Days(company, r.Next(4, 18), r.Next(200, HistoryDays), 1),
            _ => Days(company, r.Next(3, 10), HistoryDays, r.Next(120, 300)), // silent: stopped buying 4 to 10 months ago
        };
        return new BuyerPlan(kind, days.Select(company.At).Order().ToList());
    }

    // count purchase days between `from` days ago and `to` days ago (1 = yesterday)
    private static List<DateOnly> Days(DemoCompany company, int count, int from, int to) =>
        Enumerable.Range(0, count).Select(_ => company.Today.AddDays(-company.Random.Next(to, from + 1))).ToList();

    internal static string PersonName(DemoCompany company, bool zh) => zh
        ? company.Pick(DemoNames.ChineseSurnames) + company.Pick(DemoNames.ChineseGivenNames)
        : $"{company.Pick(DemoNames.EnglishFirstNames)} {company.Pick(DemoNames.EnglishSurnames)}";

    public static string UniqueFirm(DemoCompany company, string language, HashSet<string> taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = language == "zh"
                ? company.Pick(DemoNames.ChineseCities) + company.Pick(DemoNames.ChineseFirmWords) + company.Pick(DemoNames.ChineseFirmKinds)
                : $"{company.Pick(DemoNames.EnglishFirmWords)} {company.Pick(DemoNames.EnglishPlaces)} {company.Pick(DemoNames.EnglishFirmKinds)}";
            if (attempt > 50)
                name += $" {taken.Count}"; // the word lists ran out: a number keeps it unique
            if (taken.Add(name))
                return name;
        }
    }

    public static string Email(DemoCompany company, string name, bool zh, int n)
    {
        var r = company.Random;
        for (var attempt = 0; ; attempt++)
        {
            var number = n % 3 == 0 && attempt == 0 ? "" : r.Next(1, 100 * (attempt + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var email = zh
                ? $"{r.Next(10_000_000, 999_999_999)}@{(r.Next(2) == 0 ? "qq.com" : "163.com")}"
                : $"{name.ToLowerInvariant().Replace(' ', '.')}{number}@example.{(r.Next(2) == 0 ? "com" : "net")}";
            if (company.Contacts.Add(email))
                return email;
        }
    }

    public static string Phone(DemoCompany company, string region)
    {
        var r = company.Random;
        while (true)
        {
            var phone = region switch
            {
                "east" or "south" => $"+86 1{r.Next(3, 10)}{r.Next(10)} {r.Next(10_000):0000} {r.Next(10_000):0000}",
                "europe" => $"+44 7{r.Next(100, 1000)} {r.Next(1_000_000):000000}",
                _ => $"+1 {company.Pick(new[] { 212, 415, 617, 312, 206, 512 })}-{r.Next(200, 1000)}-{r.Next(10_000):0000}",
            };
            if (company.Contacts.Add(ContactKeys.Phone(phone)!))
                return phone;
        }
    }

    // Nine in ten have a birthday on file; every 40th has it this week (every 200th today), so the greetings job has work.
    internal static DateOnly? Birthday(DemoCompany company, int i)
    {
        var r = company.Random;
        var year = r.Next(1955, 2003);
        if (i % 40 == 0)
        {
            var day = company.Today.AddDays(i % 200 == 0 ? 0 : r.Next(1, 7));
            return day is { Month: 2, Day: 29 } ? new DateOnly(2000, 2, 29) : new DateOnly(year, day.Month, day.Day);
        }
        if (r.Next(10) == 0)
            return null;
        var date = new DateOnly(2001, 1, 1).AddDays(r.Next(365)); // 2001 has no 29 February
        return new DateOnly(year, date.Month, date.Day);
    }

    private static bool IsThisWeek(DemoCompany company, DateOnly? birthday) =>
        birthday is { } b && Enumerable.Range(0, 7).Select(company.Today.AddDays).Any(d => d.Month == b.Month && d.Day == b.Day);
}
