using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Contracts;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Enrolments;

/// <summary>
/// Tells the host's <see cref="IRecordAccess"/> who an enrolment belongs to, so that it answers for <c>enrolment:ID</c>:
/// a customer's is read and changed by whoever reads and changes that customer; a member of staff's by the owner rule
/// (the learner, the learner's team manager, admins).
/// </summary>
public sealed class EnrolmentOwnership(TrainingDbContext db, ICrmDirectory directory) : IRecordOwnership
{
    public const string RecordType = TrainingMessages.RecordType;

    public static RecordRef Of(long id) => new(RecordType, id);

    public async Task<OwnedRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.CustomerId, e.UserId }).SingleOrDefaultAsync(cancellationToken);
        if (enrolment is null)
            return null;
        if (enrolment.CustomerId is { } customerId)
            return new OwnedRecord(new RecordOwner(null, null), new RecordRef(RecordTypes.Customer, customerId));
        var learner = (await directory.UsersAsync(cancellationToken)).SingleOrDefault(u => u.Id == enrolment.UserId);
        return new OwnedRecord(new RecordOwner(enrolment.UserId, learner?.TeamId), null);
    }
}
