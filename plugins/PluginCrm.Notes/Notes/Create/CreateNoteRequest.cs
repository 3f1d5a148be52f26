namespace PluginCrm.Notes.Notes.Create;

public sealed record CreateNoteRequest(string? Subject, string? Text);
