using PluginCrm.Feedback.Contracts;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Complaints.Access;

/// <summary>
/// Tells the host's <see cref="IRecordAccess"/> who a complaint belongs to, so that it answers for <c>complaint:ID</c>, to
/// this plugin and to others (a note on a complaint): read by whoever reads its customer and by the owner rule (its owner,
/// the owner's team manager, admins); handled by the owner rule, or while nobody owns it by whoever may change its customer.
/// </summary>
public sealed class ComplaintOwnership(FeedbackDbContext db) : IRecordOwnership
{
    public const string RecordType = FeedbackMessages.RecordType;

    public static RecordRef Of(long id) => new(RecordType, id);

    public async Task<OwnedRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        await db.Complaints.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.OwnerId, c.TeamId, c.CustomerId }).SingleOrDefaultAsync(cancellationToken) is { } complaint
            ? new OwnedRecord(new RecordOwner(complaint.OwnerId, complaint.TeamId), new RecordRef(RecordTypes.Customer, complaint.CustomerId))
            : null;
}
