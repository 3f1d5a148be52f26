using PluginCrm.LeadAssignment.Conversion;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>
/// <c>lead.create</c> and <c>customer.create</c>, PreValidation: a capture with the phone, e-mail or company name of an
/// existing lead or customer is refused, naming its owner (and the record, when the user may read it; see
/// <see cref="DuplicateDisclosure"/>), so nobody opens the same customer twice.
/// Changes by the system (imports, the demo loader, a module acting as a named system user) are not captures: an import has its own <c>--match</c> rules and
/// must not fail as a whole because two rows share a company or a household phone. Nor is the customer a lead's conversion
/// creates: the host offered the caller that customer's look-alikes first, and the lead itself would match.
/// </summary>
public sealed class DuplicateCheckStep(ContactIndex index, DuplicateDisclosure disclosure, LeadConversionScope conversion) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (context.Target is null || context.User.IsSystem || (conversion.Converting is not null && context.Target is CustomerRecord))
            return;
        var match = (await index.MatchesAsync(await index.KeysAsync(context.Target, cancellationToken), cancellationToken)).FirstOrDefault();
        if (match is null)
            return;
        var duplicate = await disclosure.TellAsync(match, context.User, cancellationToken);
        var field = match.Kind switch { "company" => context.Target is LeadRecord ? "companyName" : "companyId", var kind => kind };
        throw new PipelineValidationException(duplicate.Message, field);
    }
}
