using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Complaints;
using PluginCrm.Feedback.Complaints.List;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Commands;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Cli;

/// <summary><c>crm complaints list</c> and <c>show</c>.</summary>
public sealed partial class ComplaintsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private Command List(TextWriter output)
    {
        var status = new Option<string?>("--status") { Description = "open, inProgress, resolved or closed" };
        var overdue = new Option<bool>("--overdue") { Description = "Only complaints past a deadline" };
        var json = new Option<bool>("--json") { Description = "JSON instead of a table" };
        var command = new Command("list", "List complaints, newest first (at most 500)") { status, overdue, json };
        command.SetAction(async (parse, ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var rows = new ComplaintFilter { Status = parse.GetValue(status), Overdue = parse.GetValue(overdue) }
                .Apply(await access.ListedAsync(db.Complaints.AsNoTracking(), ActingUser.System, ct), time.GetUtcNow().UtcDateTime, errors);
            if (errors.Count > 0)
                throw new RecordValidationException(errors.ToDictionary(e => "--" + e.Key, e => e.Value));
            var page = (await rows.OrderByDescending(c => c.ReceivedUtc).ThenByDescending(c => c.Id).Take(500).ToListAsync(ct)).Select(c => c.ToRecord()).ToList();
            if (parse.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(page, Json));
            else
                TextTable.Print(output, ["ID", "RECEIVED", "STATUS", "PRIORITY", "CUSTOMER", "OWNER", "RESOLVE BY", "SUBJECT"], page.Select(c => new[]
                {
                    c.Id.ToString(), $"{c.ReceivedUtc:u}", Complaints.Actions.ActionContext.StatusText(c.Status), Lower(c.Priority), c.CustomerId.ToString(),
                    c.OwnerId?.ToString(), $"{c.ResolveByUtc:u}", c.Subject,
                }), missing: "-");
            return 0;
        });
        return command;
    }

    private Command Show(TextWriter output)
    {
        var id = new Argument<long>("ID") { Description = "The complaint's id" };
        var command = new Command("show", "A complaint and its timeline") { id };
        command.SetAction(async (parse, ct) =>
        {
            var complaint = (await access.DemandAsync(parse.GetValue(id), ActingUser.System, AccessRight.Read, ct)).ToRecord();
            Print(output, complaint);
            foreach (var e in await store.TimelineAsync(complaint.Id, ct))
                output.WriteLine($"  {e.OccurredUtc:u}  {e.Kind,-8} {e.UserName}{(e.Text is null ? "" : ": " + e.Text)}");
            return 0;
        });
        return command;
    }

    private static void Print(TextWriter output, ComplaintRecord c)
    {
        output.WriteLine($"complaint {c.Id}: {c.Subject}");
        output.WriteLine($"  customer {c.CustomerId}, {c.Category} by {c.Channel}, {Lower(c.Priority)}, {Complaints.Actions.ActionContext.StatusText(c.Status)}, owner {c.OwnerId?.ToString() ?? "none"}");
        output.WriteLine($"  received {c.ReceivedUtc:u}, respond by {c.RespondByUtc:u}, resolve by {c.ResolveByUtc:u}, version {c.Version}");
        if (c.Resolution is not null)
            output.WriteLine($"  resolution: {c.Resolution}");
    }

    private static string Lower(Enum value) => value.ToString().ToLowerInvariant();
}
