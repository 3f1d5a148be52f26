using Microsoft.AspNetCore.Routing;
using PluginCrm.Notes.Data;
using PluginCrm.Notes.Notes;
using PluginCrm.Notes.Notes.Conversion;
using PluginCrm.Notes.Notes.Purge;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Notes;

/// <summary>Notes on any record: the example plugin (docs/plugins.md). A lead's notes move to the customer it is converted into.</summary>
public sealed class NotesPlugin : ICrmPlugin
{
    public void Configure(IPluginBuilder plugin) => plugin
        .AddSettings<NotesSettings>()
        .AddDbContext<NotesDbContext>()
        .AddRecordType<NoteRecord, NoteOwnership>(NoteOwnership.RecordType, n => n.Id)
        .AddJob<PurgeExpiredNotesJob>("purge-expired", TimeSpan.FromHours(1))
        .AddTemplateFunctions<NoteTemplateFunctions>()
        .AddTimelineSource<Notes.Timeline.NoteTimelineSource>()
        .AddStep<MoveNotesStep>(CoreMessages.Lead.Convert, PipelineStage.PostOperation, 100)
        .AddDemo<Demo.NotesDemo>();

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapNotesEndpoints();
}
