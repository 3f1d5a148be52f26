using System.CommandLine;
using PluginCrm.Feedback.Complaints;
using PluginCrm.Feedback.Complaints.Access;
using PluginCrm.Feedback.Complaints.Actions;
using PluginCrm.Feedback.Complaints.Create;
using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Commands;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Pipeline;

namespace PluginCrm.Feedback.Cli;

/// <summary>
/// <c>crm complaints list|show|add|resolve|close</c>, as the system user: what <c>/api/feedback/complaints</c> offers, for
/// scripts. A refusal is one line and exit 1; bad input exit 2.
/// </summary>
public sealed partial class ComplaintsCommand(
    FeedbackDbContext db, ComplaintStore store, ComplaintAccess access, ComplaintIntake intake, ComplaintWorkflow workflow, TimeProvider time) : IPluginCommand
{
    public string Name => "complaints";
    public string Description => "Customer complaints: list, show, add, resolve, close";

    public async Task<int> RunAsync(PluginCommandContext context, CancellationToken cancellationToken)
    {
        var output = context.Out;
        var root = new RootCommand(Description) { List(output), Show(output), Add(output), Resolve(output), Close(output) };
        var parse = root.Parse(context.Arguments.ToArray());
        if (parse.Errors.Count > 0)
            throw new PluginCommandException($"{parse.Errors[0].Message} (see 'crm complaints --help')", 2);
        // A refusal (invalid input, no such complaint, a clash, no access) is the host's to print as one line with its exit code.
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    /// <summary>Acts on the complaint as stored now: the command line has no earlier read to be stale against.</summary>
    private async Task<ComplaintRecord> ActAsync(long id, Func<long, IComplaintAction> action, CancellationToken ct)
    {
        var row = await access.DemandAsync(id, ActingUser.System, AccessRight.Change, ct);
        return await workflow.ActAsync(id, action(row.Version), ActingUser.System, ct);
    }
}
