using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Complaints.Access;

/// <summary>
/// Who sees and handles a complaint. An admin: all. A manager: its team's and the unassigned ones. A rep: those it owns
/// or whose customer it owns (lists show a rep only its own). Handling: the owner, a manager of the complaint's team
/// (or any manager while it is unassigned), an admin.
/// </summary>
public sealed class ComplaintAccess(ICrmRecords records)
{
    /// <summary>The complaints <paramref name="user"/> sees in lists and statistics.</summary>
    public static IQueryable<Complaint> Listed(IQueryable<Complaint> complaints, ActingUser user) => user.Role switch
    {
        CrmRole.Admin => complaints,
        CrmRole.Manager => complaints.Where(c => c.OwnerId == null || (user.TeamId != null && c.TeamId == user.TeamId)),
        _ => complaints.Where(c => c.OwnerId == user.UserId),
    };

    public async Task<bool> SeesAsync(Complaint complaint, ActingUser user, CancellationToken ct)
    {
        if (MayHandle(complaint, user))
            return true;
        return user.Role == CrmRole.Rep && user.UserId is { } id
            && (await records.FindAsync<CustomerRecord>(complaint.CustomerId, ct))?.OwnerId == id;
    }

    public static bool MayHandle(Complaint complaint, ActingUser user) => user.Role switch
    {
        CrmRole.Admin => true,
        CrmRole.Manager => complaint.OwnerId is null || complaint.OwnerId == user.UserId || (user.TeamId is not null && complaint.TeamId == user.TeamId),
        _ => user.UserId is not null && complaint.OwnerId == user.UserId,
    };
}
