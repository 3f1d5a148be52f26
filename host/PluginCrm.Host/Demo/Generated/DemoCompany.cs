using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Records.Tables;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>The demo company while it is generated: the seed's one random sequence, the clock's today, and what earlier steps wrote.</summary>
public sealed class DemoCompany(int seed, DateTime nowUtc)
{
    public int Seed { get; } = seed;
    public Random Random { get; } = new(seed);
    public DateTime NowUtc { get; } = nowUtc;
    public DateOnly Today { get; } = DateOnly.FromDateTime(nowUtc);
    public DateTime TodayUtc => Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The host's <c>Lifecycle:ChurnAfterDays</c>: the customers' histories churn them as its job would have.</summary>
    public int ChurnAfterDays { get; init; } = new Records.Lifecycle.LifecycleOptions().ChurnAfterDays;

    public User Admin { get; set; } = null!;
    public List<DemoTeamRows> Teams { get; } = [];
    public List<Company> Companies { get; } = [];
    public List<Product> Products { get; } = [];
    public List<Customer> Customers { get; } = [];

    /// <summary>How each customer (same index as <see cref="Customers"/>) buys: what the orders, deals and interactions follow.</summary>
    public List<BuyerPlan> Buyers { get; } = [];

    /// <summary>Every phone and e-mail handed out, so that no two records share one (lead assignment would call them duplicates).</summary>
    public HashSet<string> Contacts { get; } = new(StringComparer.Ordinal);

    public DemoTeamRows TeamOf(Customer customer) => Teams.Single(t => t.Team.Id == customer.TeamId);

    /// <summary>A moment on <paramref name="day"/> in office hours, or before now when the day is today.</summary>
    public DateTime At(DateOnly day)
    {
        var start = day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        var minutes = Random.Next(12 * 60);
        var at = start.AddMinutes(minutes);
        return at < NowUtc ? at : TodayUtc.AddMinutes(Random.NextDouble() * (NowUtc - TodayUtc).TotalMinutes);
    }

    /// <summary>Picks one of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];
}

/// <summary>A generated team as stored: the team, its manager, its reps, and its language (zh or en).</summary>
public sealed record DemoTeamRows(Team Team, DemoStaff.TeamPlan Plan, User Manager, List<User> Reps);

/// <summary>How a customer buys: a prospect (none), a big account, a one-time buyer, a regular, or a regular gone silent.</summary>
public enum BuyerKind { Prospect, BigAccount, OneTime, Regular, Silent }

/// <summary>A customer's buying plan and the days it bought on (filled by the order step).</summary>
public sealed record BuyerPlan(BuyerKind Kind, List<DateTime> Orders);
