using System.CommandLine;
using System.Text.Json;
using PluginCrm.Host.Api;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Kpis.Acquisition;
using PluginCrm.Host.Kpis.Conversion;
using PluginCrm.Host.Kpis.Funnel;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Kpis.Retention;
using PluginCrm.Host.Kpis.Sales;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Kpis;

/// <summary>
/// <c>crm kpis funnel|sales|orders|retention|conversion|acquisition [--from DATE] [--to DATE] [--by month|week|day] [--team ID] [--owner ID] [--json]</c>:
/// the reports of <c>GET /api/kpis/...</c>, computed as the system user, who sees everything.
/// </summary>
public sealed class KpisCommand(ICommandHost host)
{
    // The command line's names for the query's fields, so that a refusal names the option the user typed.
    private static readonly Dictionary<string, string> OptionNames = new()
    {
        ["from"] = "--from", ["to"] = "--to", ["by"] = "--by", ["teamId"] = "--team", ["ownerId"] = "--owner",
    };

    public Command Create() => new("kpis", "Funnel, sales, order, retention, conversion and acquisition KPIs over a period, per team and rep")
    {
        Report("funnel", "Deals per funnel stage, how many reached each stage, and the conversion to the next",
            (services, query, ct) => services.GetRequiredService<FunnelKpis>().ComputeAsync(ActingUser.System, query, ct), KpiTables.Funnel),
        Report("sales", "Deals won and lost, win rate and revenue of the deals closed in the period",
            (services, query, ct) => services.GetRequiredService<SalesKpis>().ComputeAsync(ActingUser.System, query, ct), KpiTables.Sales),
        Report("orders", "Revenue net of cancellations, orders, average order value, repeat purchase rate, new customers",
            (services, query, ct) => services.GetRequiredService<OrderKpis>().ComputeAsync(ActingUser.System, query, ct), KpiTables.Orders),
        Report("retention", "Customers at the start of the period, those lost (moved to churned), churn and retention rates; needs --from",
            (services, query, ct) => services.GetRequiredService<RetentionKpis>().ComputeAsync(ActingUser.System, query, ct), KpiTables.Retention),
        Report("conversion", "Leads captured in the period, those that became customers, and the conversion rate",
            (services, query, ct) => services.GetRequiredService<ConversionKpis>().ComputeAsync(ActingUser.System, query, ct), KpiTables.Conversion),
        Report("acquisition", "Marketing and sales spend of the period (see 'crm spend'), new customers, acquisition cost per new customer",
            (services, query, ct) => services.GetRequiredService<AcquisitionKpis>().ComputeAsync(ActingUser.System, query, ct), KpiTables.Acquisition),
    };

    private Command Report<T>(string name, string description,
        Func<IServiceProvider, KpiQuery, CancellationToken, Task<KpiReport<T>>> compute, Action<KpiReport<T>> print)
    {
        Option<string?>[] options =
        [
            new("--from") { HelpName = "DATE", Description = "First UTC day of the period, e.g. 2026-01-01 (default: from the start)" },
            new("--to") { HelpName = "DATE", Description = "The UTC day the period ends before, e.g. 2026-04-01 (default: up to now)" },
            new("--by") { HelpName = "month|week|day", Description = "Also give a series by calendar month, ISO week (from Monday) or day" },
            new("--team") { HelpName = "ID", Description = "Only this team's (see 'crm teams list')" },
            new("--owner") { HelpName = "ID", Description = "Only this rep's: the owner's user id (see 'crm users list')" },
        ];
        var json = new Option<bool>("--json") { Description = $"Print JSON, as GET /api/kpis/{name} answers" };
        var command = new Command(name, description);
        foreach (var option in options)
            command.Options.Add(option);
        command.Options.Add(json);

        command.SetAction(async (parse, ct) =>
        {
            var values = OptionNames.ToDictionary(n => n.Key, n => parse.GetValue(options.Single(o => o.Name == n.Value)));
            var query = Refusing(() => KpiQueryParser.Parse(values));
            return await host.RunAsync(parse, ct, async services =>
            {
                var report = await Refusing(() => compute(services, query, ct));
                if (parse.GetValue(json))
                    Console.WriteLine(JsonSerializer.Serialize(report, CommandJson.Options));
                else
                    print(report);
                return 0;
            });
        });
        return command;
    }

    private static T Refusing<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (InputException ex)
        {
            throw Usage(ex);
        }
    }

    private static async Task<T> Refusing<T>(Func<Task<T>> body)
    {
        try
        {
            return await body();
        }
        catch (InputException ex)
        {
            throw Usage(ex);
        }
    }

    private static CliException Usage(InputException ex) => OptionRefusal.Of(ex, OptionNames);
}
