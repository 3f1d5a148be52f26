using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Demo;

/// <summary><c>crm demo generate</c>: the same seed and size give the same rows, the sizes asked for, only into a CRM without customers.</summary>
public sealed class DemoGenerateTests : IDisposable
{
    private const int Customers = 2000;
    private readonly TempFolder first = new();
    private readonly TempFolder second = new();

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    private static Task<CrmCommandResult> GenerateAsync(TempFolder data, params string[] more) =>
        CrmCommandLine.RunAsync(data.Path, null, ["demo", "generate", "--customers", $"{Customers}", "--seed", "42", .. more]);

    private static async Task<List<string>> RowsAsync(TempFolder data)
    {
        var db = new CrmDbFile(data.Path);
        return
        [
            .. await db.RowsAsync("SELECT * FROM customers ORDER BY \"Id\""),
            .. await db.RowsAsync("SELECT * FROM orders ORDER BY \"Id\""),
            .. await db.RowsAsync("SELECT * FROM order_lines ORDER BY \"Id\""),
        ];
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_customers_and_orders_in_the_sizes_asked_for()
    {
        var a = await GenerateAsync(first);
        var b = await GenerateAsync(second);

        Assert.True(a.Exit == 0, a.Error);
        Assert.True(b.Exit == 0, b.Error);
        Assert.Contains($"generated {Customers:N0} customers and {Customers * 5:N0} orders", a.Error);
        var db = new CrmDbFile(first.Path);
        Assert.Equal(Customers, await db.CountAsync("customers"));
        Assert.Equal(Customers * 5, await db.CountAsync("orders"));
        Assert.Equal(Customers / 10, await db.CountAsync("customers", "\"Id\" NOT IN (SELECT \"CustomerId\" FROM orders)")); // one prospect in ten
        Assert.Equal(0, await db.CountAsync("orders", "\"Id\" NOT IN (SELECT \"OrderId\" FROM order_lines)"));
        Assert.Equal(Customers * 6, await db.CountAsync("audit", "\"Message\" IN ('customer.create', 'order.create')"));
        Assert.Equal(await RowsAsync(first), await RowsAsync(second));
    }

    [Fact]
    public async Task Another_order_count_is_kept_and_a_database_with_customers_is_refused_in_one_line()
    {
        Assert.Equal(0, (await GenerateAsync(first, "--orders-per-customer", "2")).Exit);
        Assert.Equal(Customers * 2, await new CrmDbFile(first.Path).CountAsync("orders"));

        var again = await GenerateAsync(first);

        Assert.Equal(1, again.Exit);
        Assert.Equal("crm: the database already holds customers; synthetic customers are generated only into an empty CRM (use another --data-dir)", again.Error.Trim());
    }

    [Theory]
    [InlineData("0", "5", "crm: --customers must be between 1 and 100,000,000")]
    [InlineData("10", "-1", "crm: --orders-per-customer must be between 0 and 100")]
    public async Task A_bad_size_is_refused_in_one_line(string customers, string orders, string message)
    {
        var result = await CrmCommandLine.RunAsync(first.Path, null, "demo", "generate", "--customers", customers, "--orders-per-customer", orders);

        Assert.Equal((2, message), (result.Exit, result.Error.Trim()));
    }
}
