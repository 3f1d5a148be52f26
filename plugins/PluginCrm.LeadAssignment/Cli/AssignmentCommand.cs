using System.CommandLine;
using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Pool.Claim;
using PluginCrm.LeadAssignment.Transfers;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Commands;

namespace PluginCrm.LeadAssignment.Cli;

/// <summary>
/// <c>crm assignment rules|rule-add|pool|queue|claim|transfer|audit|recount</c>: what <c>/api/lead-assignment</c> offers, for
/// scripts. It acts as the system (an admin), or as the user named with <c>--as</c> where a person must act (a claim).
/// </summary>
public sealed partial class AssignmentCommand(LeadAssignmentDbContext db, ClaimService claims, TransferService transfers, ICrmDirectory directory,
    OpenLeadCounts openLeads) : IPluginCommand
{
    public string Name => "assignment";
    public string Description => "Lead assignment: rules, the public pool, claims, transfers and the ownership audit";

    public async Task<int> RunAsync(PluginCommandContext context, CancellationToken cancellationToken)
    {
        var output = context.Out;
        var root = new RootCommand(Description) { Rules(output), AddRule(output), Pool(output), Queue(output), Claim(output), Transfer(output), Audit(output), Recount(output) };
        var parse = root.Parse(context.Arguments.ToArray());
        if (parse.Errors.Count > 0)
            throw new PluginCommandException($"{parse.Errors[0].Message} (see 'crm assignment --help')", 2);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
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
}
