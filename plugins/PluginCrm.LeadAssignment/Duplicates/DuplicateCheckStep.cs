using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>
/// <c>lead.create</c> and <c>customer.create</c>, PreValidation: a capture with the phone, e-mail or company name of an
/// existing lead or customer is refused, naming that record and its owner, so nobody opens the same customer twice.
/// Changes by the system (imports, the demo loader) are not captures: an import has its own <c>--match</c> rules and
/// must not fail as a whole because two rows share a company or a household phone.
/// </summary>
public sealed class DuplicateCheckStep(ContactIndex index, ICrmRecords records) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (context.Target is null || context.User == ActingUser.System)
            return;
        var match = (await index.MatchesAsync(await index.KeysAsync(context.Target, cancellationToken), cancellationToken)).FirstOrDefault();
        if (match is null)
            return;
        var owner = match.RecordType == "lead"
            ? (await records.FindAsync<LeadRecord>(match.RecordId, cancellationToken))?.OwnerId
            : (await records.FindAsync<CustomerRecord>(match.RecordId, cancellationToken))?.OwnerId;
        var field = match.Kind switch { "company" => context.Target is LeadRecord ? "companyName" : "companyId", var kind => kind };
        throw new PipelineValidationException(
            $"a {match.RecordType} with the same {match.Kind} exists: {match.RecordType} {match.RecordId}, {(owner is null ? "with no owner" : $"owned by user {owner}")}",
            field);
    }
}
