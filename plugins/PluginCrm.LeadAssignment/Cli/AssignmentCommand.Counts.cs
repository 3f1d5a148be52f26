using System.CommandLine;

namespace PluginCrm.LeadAssignment.Cli;

/// <summary><c>crm assignment recount</c>.</summary>
public sealed partial class AssignmentCommand
{
    // The counts are rebuilt inside the next assignment's transaction, the one place no other writer can come between
    // counting and writing; a command outside the pipeline can only say they are no longer to be trusted.
    private Command Recount(TextWriter output)
    {
        var command = new Command("recount", "Rebuild the open-lead counts that least-loaded rules and caps read (after changes made around the pipeline)");
        command.SetAction(async (_, ct) =>
        {
            await openLeads.ForgetAsync(ct);
            return Print(output, "the open-lead counts are rebuilt by the next assignment that needs them");
        });
        return command;
    }
}
