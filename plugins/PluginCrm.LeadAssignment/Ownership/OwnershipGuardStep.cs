using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;

namespace PluginCrm.LeadAssignment.Ownership;

/// <summary>
/// <c>customer.update</c> and <c>lead.update</c>, PreValidation: a rep cannot make itself (or anyone) the owner through
/// the core API, not even of a pool record it can see; owners change through a claim or a manager's transfer.
/// Managers and admins may change an owner directly (audited as a transfer) once its protection has run out.
/// </summary>
public sealed class OwnershipGuardStep(OwnershipLicence licence, Protection protection, IRecordAccess access) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (Owners.ChangeIn(context) is not var (type, id, from, owner))
            return;
        if (licence.Pending is { } change && change.RecordType == type && change.RecordId == id && change.To == owner)
            return;
        if (!access.Meets(context.User, CrmPolicies.ManagerOrAdmin))
            throw new PipelineValidationException(
                $"a rep cannot change the owner of {type} {id}: claim it from the pool (POST /api/lead-assignment/pool/{type}s/{id}/claim) or ask a manager to transfer it",
                "ownerId");
        if (await protection.ProtectedUntilAsync(type, id, from, cancellationToken) is { } until)
            throw new PipelineValidationException(
                $"{type} {id} is protected for its owner until {until:yyyy-MM-dd HH:mm}Z; transfer it with overrideProtection and a reason (POST /api/lead-assignment/transfers)",
                "ownerId");
    }
}
