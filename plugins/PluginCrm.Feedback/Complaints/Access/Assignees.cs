using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Complaints.Access;

/// <summary>
/// Whom a user may give a complaint to: an active user whose work it may change, by the host's rule for <c>user</c>
/// records (itself; a manager also its team's users; an admin anyone).
/// </summary>
public sealed class Assignees(ICrmDirectory directory, IRecordAccess access)
{
    /// <summary>The user <paramref name="id"/>, or null with the reason put in <paramref name="errors"/> under <c>ownerId</c>.</summary>
    public async Task<CrmUser?> FindAsync(long id, ActingUser user, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var assignee = (await directory.UsersAsync(ct)).FirstOrDefault(u => u.Id == id && u.Active);
        if (assignee is null)
            errors["ownerId"] = [$"there is no active user {id}"];
        else if (!await access.AllowsAsync(user, AccessRight.Change, new RecordRef(RecordTypes.User, id), ct))
            errors["ownerId"] = [$"you may not give work to user {id}: its team's manager or an admin may"];
        else
            return assignee;
        return null;
    }
}
