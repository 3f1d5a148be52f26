using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Demo.Generated;

namespace PluginCrm.Host.Demo.Scale;

/// <summary>
/// <c>crm demo generate --customers N [--orders-per-customer M] [--seed S]</c>: synthetic customers and orders in bulk, for
/// measuring the CRM at a size no demo reaches, printing a line per tenth of the way.
/// </summary>
public sealed class ScaleCommand(ICommandHost host)
{
    public Command Create()
    {
        var customers = new Option<int>("--customers") { Description = "How many customers", Required = true };
        var orders = new Option<int>("--orders-per-customer") { Description = "Orders per customer, on average (default 5)", DefaultValueFactory = _ => 5 };
        var seed = DemoCommand.SeedOption();
        var command = new Command("generate", "Generate synthetic customers and their orders into an empty CRM, in bulk") { customers, orders, seed };
        command.SetAction((parse, ct) =>
        {
            var size = new ScaleSize(parse.GetValue(customers), parse.GetValue(orders), parse.GetValue(seed));
            if (size.Customers is < 1 or > ScaleSize.MaxCustomers)
                throw new CliException($"--customers must be between 1 and {ScaleSize.MaxCustomers:N0}", exitCode: 2);
            if (size.OrdersPerCustomer is < 0 or > ScaleSize.MaxOrdersPerCustomer)
                throw new CliException($"--orders-per-customer must be between 0 and {ScaleSize.MaxOrdersPerCustomer}", exitCode: 2);
            return host.RunAsync(parse, ct, async services =>
            {
                try
                {
                    await services.GetRequiredService<ScaleGenerator>().GenerateAsync(size, new DemoCommand.LineProgress(), ct);
                }
                catch (DemoRefusedException ex)
                {
                    throw new CliException(ex.Message);
                }
                await Console.Error.WriteLineAsync($"demo: {await DemoCommand.SignInHintAsync(services, ct)}");
                return 0;
            });
        });
        return command;
    }
}
