using System.CommandLine;
using PluginCrm.LeadAssignment.Transfers;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Commands;

namespace PluginCrm.LeadAssignment.Cli;

/// <summary><c>crm assignment claim</c> and <c>transfer</c>.</summary>
public sealed partial class AssignmentCommand
{
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
}
