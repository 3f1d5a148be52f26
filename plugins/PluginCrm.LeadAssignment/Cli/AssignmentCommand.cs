using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Pool.Claim;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.LeadAssignment.Transfers;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Commands;

namespace PluginCrm.LeadAssignment.Cli;

/// <summary>
/// <c>crm assignment rules|rule-add|pool|queue|claim|transfer|audit</c>: what <c>/api/lead-assignment</c> offers, for
/// scripts. It acts as the system (an admin), or as the user named with <c>--as</c> where a person must act (a claim).
/// </summary>
public sealed class AssignmentCommand(AssignmentDbContext db, ClaimService claims, TransferService transfers, ICrmDirectory directory) : IPluginCommand
{
    public string Name => "assignment";
    public string Description => "Lead assignment: rules, the public pool, claims, transfers and the ownership audit";

    public async Task<int> RunAsync(PluginCommandContext context, CancellationToken cancellationToken)
    {
        var output = context.Out;
        var root = new RootCommand(Description) { Rules(output), AddRule(output), Pool(output), Queue(output), Claim(output), Transfer(output), Audit(output) };
        var parse = root.Parse(context.Arguments.ToArray());
        if (parse.Errors.Count > 0)
            throw new PluginCommandException($"{parse.Errors[0].Message} (see 'crm assignment --help')", 2);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    private Command Rules(TextWriter output)
    {
        var command = new Command("rules", "List the assignment rules in the order they are tried");
        command.SetAction(async (_, ct) =>
        {
            var rules = await db.Rules.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(ct);
            TextTable.Print(output, ["ID", "POS", "NAME", "ON", "CONDITIONS", "TARGET"], rules.Select(r => new[]
            {
                r.Id.ToString(), r.Position.ToString(), r.Name, r.Enabled ? "yes" : "no", Conditions(r),
                r.RepId is { } rep ? $"rep {rep}" : $"team {r.TeamId} by {RuleView.StrategyName(r.Strategy)}",
            }));
            return 0;
        });
        return command;
    }

    private Command AddRule(TextWriter output)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The rule as JSON, as POST /api/lead-assignment/rules takes it" };
        var command = new Command("rule-add", "Add a rule from a JSON file; every bad field is printed") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                throw new PluginCommandException($"{path.FullName}: there is no such file");
            RuleInput input;
            try
            {
                input = JsonSerializer.Deserialize<RuleInput>(await File.ReadAllTextAsync(path.FullName, ct), DecisionLog.Json)
                    ?? throw new PluginCommandException($"{path.Name}: the file holds no rule");
            }
            catch (JsonException ex)
            {
                throw new PluginCommandException($"{path.Name}: not a JSON rule: {ex.Message}");
            }
            var errors = new Dictionary<string, string[]>();
            var rule = RuleValidation.Validate(input, await db.Rules.CountAsync(ct), await directory.UsersAsync(ct), await directory.TeamsAsync(ct), errors);
            if (rule is null)
                throw new PluginCommandException(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
            db.Rules.Add(rule);
            await db.SaveChangesAsync(ct);
            output.WriteLine($"rule {rule.Id} '{rule.Name}' added at position {rule.Position}");
            return 0;
        });
        return command;
    }

    private Command Pool(TextWriter output)
    {
        var command = new Command("pool", "List the public pool, oldest first");
        command.SetAction(async (_, ct) =>
        {
            var pool = await db.Pool.AsNoTracking().OrderBy(p => p.EnteredUtc).ThenBy(p => p.RecordId).ToListAsync(ct);
            TextTable.Print(output, ["TYPE", "ID", "SINCE", "FORMER OWNER", "REASON"],
                pool.Select(p => new[] { p.RecordType, p.RecordId.ToString(), $"{p.EnteredUtc:u}", p.FormerOwnerId?.ToString(), p.Reason }));
            return 0;
        });
        return command;
    }

    private Command Queue(TextWriter output)
    {
        var command = new Command("queue", "List the leads waiting for a rep with room");
        command.SetAction(async (_, ct) =>
        {
            var queue = await db.Queue.AsNoTracking().OrderBy(q => q.QueuedUtc).ThenBy(q => q.LeadId).ToListAsync(ct);
            TextTable.Print(output, ["LEAD", "RULE", "SINCE"], queue.Select(q => new[] { q.LeadId.ToString(), q.RuleId.ToString(), $"{q.QueuedUtc:u}" }));
            return 0;
        });
        return command;
    }

    private Command Claim(TextWriter output)
    {
        var (type, id) = RecordArguments();
        var user = new Option<long>("--as") { Description = "The user who claims (limits and cool-down are that user's)", Required = true, HelpName = "USER-ID" };
        var command = new Command("claim", "Claim a pool record for a user") { type, id, user };
        command.SetAction(async (parse, ct) =>
        {
            var who = (await directory.UsersAsync(ct)).FirstOrDefault(u => u.Id == parse.GetValue(user))
                ?? throw new PluginCommandException($"--as: there is no user {parse.GetValue(user)}", 2);
            var result = await claims.ClaimAsync(parse.GetValue(type)!, parse.GetValue(id), new ActingUser(who.Id, who.Email, who.Role, who.TeamId), ct);
            return Done(output, result.Status, result.Message);
        });
        return command;
    }

    private Command Transfer(TextWriter output)
    {
        var (type, id) = RecordArguments();
        var to = new Option<long?>("--to") { Description = "The new owner; leave out to put the record in the pool", HelpName = "USER-ID" };
        var reason = new Option<string>("--reason") { Description = "Why the owner changes", Required = true };
        var force = new Option<bool>("--override-protection") { Description = "Transfer even while the owner is protected" };
        var command = new Command("transfer", "Move a record to another rep or to the pool, with a reason") { type, id, to, reason, force };
        command.SetAction(async (parse, ct) =>
        {
            var result = await transfers.TransferAsync(
                new TransferRequest(parse.GetValue(type), parse.GetValue(id), parse.GetValue(to), parse.GetValue(reason), parse.GetValue(force)), ActingUser.System, ct);
            return Done(output, result.Status, result.Errors is { } errors ? string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")) : result.Message);
        });
        return command;
    }

    private Command Audit(TextWriter output)
    {
        var type = new Option<string?>("--type") { Description = "customer or lead" };
        var id = new Option<long?>("--id") { Description = "The record's id" };
        var owner = new Option<long?>("--owner") { Description = "Decisions that gave a record to, or took one from, this user" };
        var action = new Option<string?>("--action") { Description = "assign, queue, pool, fallback, claim, transfer, release, reclaim, reclaim-warning, reassign" };
        var command = new Command("audit", "The ownership audit, newest first (at most 500)") { type, id, owner, action };
        command.SetAction(async (parse, ct) =>
        {
            var rows = db.Decisions.AsNoTracking();
            if (parse.GetValue(type) is { } t) rows = rows.Where(d => d.RecordType == t);
            if (parse.GetValue(id) is { } i) rows = rows.Where(d => d.RecordId == i);
            if (parse.GetValue(owner) is { } o) rows = rows.Where(d => d.ToOwnerId == o || d.FromOwnerId == o);
            if (parse.GetValue(action) is { } a) rows = rows.Where(d => d.Action == a);
            var page = await rows.OrderByDescending(d => d.Id).Take(500).ToListAsync(ct);
            TextTable.Print(output, ["WHEN", "RECORD", "ACTION", "FROM", "TO", "RULE", "STRATEGY", "BY", "REASON"], page.Select(d => new[]
            {
                $"{d.OccurredUtc:u}", $"{d.RecordType} {d.RecordId}", d.Action, d.FromOwnerId?.ToString(), d.ToOwnerId?.ToString(), d.RuleName, d.Strategy, d.Actor, d.Reason,
            }));
            return 0;
        });
        return command;
    }

    private static (Argument<string> Type, Argument<long> Id) RecordArguments()
    {
        var type = new Argument<string>("TYPE") { Description = "customer or lead" };
        type.AcceptOnlyFromAmong("customer", "lead");
        return (type, new Argument<long>("ID") { Description = "The record's id" });
    }

    private static int Done(TextWriter output, int status, string message) => status == 200
        ? Print(output, message)
        : throw new PluginCommandException(message, status == 400 ? 2 : 1);

    private static int Print(TextWriter output, string message)
    {
        output.WriteLine(message);
        return 0;
    }

    private static string Conditions(AssignmentRule r)
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (value is not null) parts.Add($"{name} in [{value}]"); }
        Add("region", r.Regions); Add("industry", r.Industries); Add("source", r.Sources); Add("product", r.Products); Add("language", r.Languages);
        if (r.MinValue is not null || r.MaxValue is not null) parts.Add($"deal size {r.MinValue?.ToString() ?? "…"}–{r.MaxValue?.ToString() ?? "…"}");
        if (r.RuleTemplate is not null) parts.Add($"template {r.RuleTemplate}");
        return parts.Count == 0 ? "any" : string.Join(", ", parts);
    }
}
