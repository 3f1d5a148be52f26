using Microsoft.AspNetCore.Routing;
using PluginCrm.Notes.Notes.Create;
using PluginCrm.Notes.Notes.Delete;
using PluginCrm.Notes.Notes.List;

namespace PluginCrm.Notes.Notes;

/// <summary>Maps <c>/api/notes</c>.</summary>
public static class NotesEndpoints
{
    public static void MapNotesEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapCreateNote();
        api.MapListNotes();
        api.MapDeleteNote();
    }
}
