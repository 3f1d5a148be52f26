using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Notes.Notes.Create;
using PluginCrm.Notes.Notes.Delete;
using PluginCrm.Notes.Notes.List;
using PluginCrm.Notes.Notes.Show;
using PluginCrm.Sdk.Http;

namespace PluginCrm.Notes;

/// <summary>Maps <c>/api/notes</c>. Who may see and change a note is the host's answer (<see cref="NoteOwnership"/>).</summary>
public static class NotesEndpoints
{
    public static void MapNotesEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapCreateNote();
        api.MapListNotes();
        api.MapShowNote();
        api.MapDeleteNote();
    }

    /// <summary>A note deleted since access was checked: in the same words as the host's for one the caller may not see.</summary>
    public static IResult Missing(long id) => CrmProblems.NotFound($"there is no note {id}");
}
