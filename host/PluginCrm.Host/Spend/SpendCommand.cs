using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PluginCrm.Host.Api;
using PluginCrm.Host.Cli;

using PluginCrm.Sdk.Commands;
namespace PluginCrm.Host.Spend;

/// <summary>
/// <c>crm spend add --from DATE --to DATE [--team ID] --kind marketing|sales --amount N --currency C [--note T]</c> and
/// <c>crm spend list [--from DATE] [--to DATE] [--team ID] [--json]</c>: the spend of <c>/api/spend</c>, audited as the system.
/// </summary>
public sealed class SpendCommand(ICommandHost host)
{
    // The command line's names for the fields, so that a refusal names the option the user typed.
    private static readonly Dictionary<string, string> OptionNames = new()
    {
        ["from"] = "--from", ["to"] = "--to", ["teamId"] = "--team", ["kind"] = "--kind", ["amount"] = "--amount", ["currency"] = "--currency", ["note"] = "--note",
    };

    public Command Create() => new("spend", "Marketing and sales spend per period and team, for acquisition cost ('crm kpis acquisition')") { Add(), List() };

    private Command Add()
    {
        var from = new Option<string>("--from") { HelpName = "DATE", Description = "First UTC day of the spend, e.g. 2026-03-01", Required = true };
        var to = new Option<string>("--to") { HelpName = "DATE", Description = "The UTC day after its last day, e.g. 2026-04-01 for all of March", Required = true };
        var team = new Option<long?>("--team") { HelpName = "ID", Description = "The team it was spent for (default: company-wide)" };
        var kind = new Option<string>("--kind") { HelpName = "marketing|sales", Required = true };
        var amount = new Option<string>("--amount") { HelpName = "N", Description = "The amount, e.g. 12500.50", Required = true };
        var currency = new Option<string>("--currency") { HelpName = "CODE", Description = "Three letters, e.g. CNY; all spend shares one currency", Required = true };
        var note = new Option<string?>("--note") { Description = "What it was for" };
        var add = new Command("add", "Record spend") { from, to, team, kind, amount, currency, note };
        add.SetAction((parse, ct) => WithSpend(parse, ct, async spend =>
        {
            var errors = new FieldErrors();
            var input = new SpendInput(Date(parse.GetValue(from), "from", errors), Date(parse.GetValue(to), "to", errors), parse.GetValue(team),
                Kind(parse.GetValue(kind)!, errors), Amount(parse.GetValue(amount)!, errors), parse.GetValue(currency), parse.GetValue(note));
            errors.ThrowIfAny();
            var added = await spend.AddAsync(input, ct);
            Console.WriteLine($"spend {added.Id}: {Money(added.Amount)} {added.Currency} {Name(added.Kind)} for {Day(added.From)} until {Day(added.To)} (excluded), {Team(added.TeamId)}");
        }));
        return add;
    }

    private Command List()
    {
        var from = new Option<string?>("--from") { HelpName = "DATE", Description = "Only spend that runs on or after this UTC day" };
        var to = new Option<string?>("--to") { HelpName = "DATE", Description = "Only spend that starts before this UTC day" };
        var team = new Option<long?>("--team") { HelpName = "ID", Description = "Only this team's" };
        var json = new Option<bool>("--json") { Description = "Print JSON, as GET /api/spend answers" };
        var list = new Command("list", "List recorded spend") { from, to, team, json };
        list.SetAction((parse, ct) => WithSpend(parse, ct, async spend =>
        {
            var errors = new FieldErrors();
            var (first, last) = (Date(parse.GetValue(from), "from", errors), Date(parse.GetValue(to), "to", errors));
            errors.ThrowIfAny();
            var rows = await spend.ListAsync(first, last, parse.GetValue(team), ct);
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(rows, CommandJson.Options));
            else
                TextTable.Print(Console.Out, ["ID", "FROM", "TO", "TEAM", "KIND", "AMOUNT", "CURRENCY", "NOTE"], rows.Select(s =>
                    new[] { s.Id.ToString(CultureInfo.InvariantCulture), Day(s.From), Day(s.To), Team(s.TeamId), Name(s.Kind), Money(s.Amount), s.Currency, s.Note ?? "" }));
        }));
        return list;
    }

    private static DateOnly? Date(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        errors.Add(field, $"'{text}' is not a date such as 2026-01-31");
        return null;
    }

    private static SpendKind? Kind(string text, FieldErrors errors)
    {
        if (Enum.GetNames<SpendKind>().FirstOrDefault(n => n.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name)
            return Enum.Parse<SpendKind>(name);
        errors.Add("kind", $"'{text}' is not one of: marketing, sales");
        return null;
    }

    private static decimal? Amount(string text, FieldErrors errors)
    {
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            return amount;
        errors.Add("amount", $"'{text}' is not an amount such as 12500.50");
        return null;
    }

    private Task<int> WithSpend(ParseResult parse, CancellationToken ct, Func<SpendService, Task> body) =>
        host.RunAsync(parse, ct, async services =>
        {
            try
            {
                await body(services.GetRequiredService<SpendService>());
            }
            catch (InputException ex)
            {
                throw OptionRefusal.Of(ex, OptionNames);
            }
            return 0;
        });

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00##", CultureInfo.InvariantCulture);

    private static string Name(SpendKind kind) => kind.ToString().ToLowerInvariant();

    private static string Team(long? team) => team is { } id ? $"team {id.ToString(CultureInfo.InvariantCulture)}" : "company-wide";
}
