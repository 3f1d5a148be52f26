using PluginCrm.Host.Demo.Generated;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Demo.Scale;

/// <summary>A customer as drawn, before it is written: its record, when it came, whether it buys by the case, when it ordered.</summary>
public sealed record DrawnCustomer(CustomerRecord Record, DateTime CreatedUtc, bool Big, List<DateTime> Orders);

/// <summary>
/// Draws synthetic customers batch by batch from the company's one random sequence, in customer order, so the same seed,
/// size and day give the same rows, and nothing of a batch is kept once it is written. Names, teams, owners, birthdays and
/// order lines come from the demo's steps; phones and e-mails from <see cref="ScaleContacts"/>.
/// </summary>
public sealed class ScaleCustomers(DemoCompany company, ScaleSize size)
{
    /// <summary>Each block of this many customers holds exactly its share of orders, so the total is exact however they spread.</summary>
    public const int Block = 10;

    private long ordersPlaced;

    /// <summary>Customers <paramref name="start"/> (a multiple of <see cref="Block"/>) to <paramref name="start"/> + <paramref name="count"/> - 1.</summary>
    public List<DrawnCustomer> Draw(int start, int count)
    {
        var drawn = new List<DrawnCustomer>(count);
        for (var block = start; block < start + count; block += Block)
        {
            var counts = OrderCounts(Math.Min(Block, start + count - block));
            for (var j = 0; j < counts.Length; j++)
                drawn.Add(Customer(block + j, counts[j]));
        }
        return drawn;
    }

    /// <summary>The orders of a written batch, numbered <c>SO-yyyyMMdd-nnnnnnnn</c> in the order they are drawn.</summary>
    public IEnumerable<(OrderRecord Record, DateTime CreatedUtc)> Orders(IReadOnlyList<Customer> written, IReadOnlyList<DrawnCustomer> drawn)
    {
        for (var i = 0; i < written.Count; i++)
            foreach (var at in drawn[i].Orders)
                yield return (new OrderRecord(0, $"SO-{at:yyyyMMdd}-{++ordersPlaced:00000000}", written[i].Id, at, 0m, "CNY",
                    OrderStep.Lines(company, drawn[i].Big), default, default, 0), at);
    }

    // One prospect per block without orders and every other customer with at least one, the rest spread at random:
    // one-time buyers, regulars and a few heavy buyers, as a real customer base has.
    private int[] OrderCounts(int customers)
    {
        var r = company.Random;
        var counts = new int[customers];
        var orders = customers * size.OrdersPerCustomer;
        if (customers == 1)
            counts[0] = orders;
        else if (orders >= customers - 1)
        {
            var prospect = r.Next(customers);
            for (var j = 0; j < customers; j++)
                counts[j] = j == prospect ? 0 : 1;
            for (var left = orders - (customers - 1); left > 0; left--)
            {
                var j = r.Next(customers - 1);
                counts[j >= prospect ? j + 1 : j]++;
            }
        }
        else
            for (var left = orders; left > 0; left--)
                counts[r.Next(customers)]++;
        return counts;
    }

    private DrawnCustomer Customer(int i, int orderCount)
    {
        var r = company.Random;
        var team = company.Teams[CustomerStep.TeamIndex(r.Next(100))];
        var zh = team.Plan.Language == "zh";
        var owner = company.Pick(team.Reps);
        var name = CustomerStep.PersonName(company, zh);
        var big = r.Next(100) < 3;
        var orders = Enumerable.Range(0, orderCount)
            .Select(_ => company.At(company.Today.AddDays(-r.Next(1, CustomerStep.HistoryDays + 1)))).Order().ToList();
        var stage = orders.Select(o => o.Date).Distinct().Count() switch
        {
            0 => (LifecycleStage)r.Next(3), // lead, qualified or opportunity
            1 => LifecycleStage.Customer,
            _ => LifecycleStage.Repeat,
        };
        var created = orders.Count > 0 ? orders[0].AddDays(-r.Next(1, 30)) : company.TodayUtc.AddDays(-1 - r.NextDouble() * 79);
        var digits = ScaleContacts.Digits(i + 1, company.Seed);
        var record = new CustomerRecord(0, name, CustomerKind.Person, null, ScaleContacts.Email(name, zh, digits, i + 1),
            ScaleContacts.Phone(team.Team.Region!, digits), CustomerStep.Birthday(company, i), company.Pick(zh ? DemoNames.ChineseSources : DemoNames.EnglishSources),
            team.Team.Region, team.Plan.Language, owner.Id, team.Team.Id, stage, big ? ["vip"] : [], r.Next(100) < 85, $"scale-{i + 1:0000000}", default, default, 0);
        return new DrawnCustomer(record, created, big, orders);
    }
}
