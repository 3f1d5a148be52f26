using System.CommandLine;
using Microsoft.EntityFrameworkCore;

using PluginCrm.Sdk.Commands;
namespace PluginCrm.LeadAssignment.Cli;

/// <summary><c>crm assignment pool</c>, <c>queue</c> and <c>audit</c>.</summary>
public sealed partial class AssignmentCommand
{
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
}
