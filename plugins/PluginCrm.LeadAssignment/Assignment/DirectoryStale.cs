using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// A change to users or teams, in its transaction: the config stamp moves, so every process reads the directory again,
/// with the rules and availability, for its next decision (see <see cref="AssignmentConfig"/>).
/// </summary>
public sealed class DirectoryStale(LeadAssignmentDbContext db) : IDirectoryChangeHandler
{
    public async Task OnDirectoryChangedAsync(CancellationToken cancellationToken)
    {
        await db.ConfigIsStaleAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
