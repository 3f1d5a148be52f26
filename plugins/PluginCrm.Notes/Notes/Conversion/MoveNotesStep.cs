using Microsoft.EntityFrameworkCore;
using PluginCrm.Notes.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Notes.Notes.Conversion;

/// <summary>
/// <c>lead.convert</c>, PostOperation, in the conversion's transaction: the lead's notes move to the customer it became,
/// where its history is read from now on (a converted lead no longer changes). Each note keeps its text, author and date.
/// </summary>
public sealed class MoveNotesStep(NotesDbContext db) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var conversion = context.TargetAs<LeadConversion>();
        var (from, to) = (new RecordRef(RecordTypes.Lead, conversion.Lead.Id).ToString(), new RecordRef(RecordTypes.Customer, conversion.Customer!.Id).ToString());
        await db.Notes.Where(n => n.Subject == from).ExecuteUpdateAsync(n => n.SetProperty(x => x.Subject, to), cancellationToken);
    }
}
