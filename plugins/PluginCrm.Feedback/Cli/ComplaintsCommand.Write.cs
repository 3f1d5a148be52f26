using System.CommandLine;
using PluginCrm.Feedback.Complaints.Actions;
using PluginCrm.Feedback.Complaints.Create;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Cli;

/// <summary><c>crm complaints add</c>, <c>resolve</c> and <c>close</c>.</summary>
public sealed partial class ComplaintsCommand
{
    private Command Add(TextWriter output)
    {
        var customer = new Option<long>("--customer") { Description = "The customer's id", Required = true, HelpName = "ID" };
        var subject = new Option<string>("--subject") { Description = "A one-line summary (at most 200 characters)", Required = true };
        var description = new Option<string>("--description") { Description = "What the customer said", Required = true };
        var category = new Option<string?>("--category") { Description = "One of the settings' categories" };
        var channel = new Option<string?>("--channel") { Description = "phone, email, web, chat, visit, social or other" };
        var priority = new Option<string?>("--priority") { Description = "low, normal (default), high or urgent" };
        var command = new Command("add", "Log a complaint; the owner is the customer's") { customer, subject, description, category, channel, priority };
        command.SetAction(async (parse, ct) =>
        {
            var created = await intake.CreateAsync(new CreateComplaintRequest(parse.GetValue(customer), parse.GetValue(subject), parse.GetValue(description),
                parse.GetValue(category), parse.GetValue(channel), parse.GetValue(priority)), ActingUser.System, ct);
            output.WriteLine($"complaint {created.Id} added; respond by {created.RespondByUtc:u}, resolve by {created.ResolveByUtc:u}");
            return 0;
        });
        return command;
    }

    private Command Resolve(TextWriter output)
    {
        var id = new Argument<long>("ID") { Description = "The complaint's id" };
        var resolution = new Option<string>("--resolution") { Description = "What was done, as told to the customer", Required = true, HelpName = "TEXT" };
        var command = new Command("resolve", "Resolve a complaint") { id, resolution };
        command.SetAction(async (parse, ct) =>
        {
            var resolved = await ActAsync(parse.GetValue(id), version => new ResolveAction(parse.GetValue(resolution), version), ct);
            output.WriteLine($"complaint {resolved.Id} resolved");
            return 0;
        });
        return command;
    }

    private Command Close(TextWriter output)
    {
        var id = new Argument<long>("ID") { Description = "The complaint's id" };
        var command = new Command("close", "Close a resolved complaint") { id };
        command.SetAction(async (parse, ct) =>
        {
            var closed = await ActAsync(parse.GetValue(id), version => new CloseAction(version), ct);
            output.WriteLine($"complaint {closed.Id} closed");
            return 0;
        });
        return command;
    }
}
