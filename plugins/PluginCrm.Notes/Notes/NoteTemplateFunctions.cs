namespace PluginCrm.Notes.Notes;

/// <summary>Template helpers, reachable as <c>notes.excerpt</c> in templates.</summary>
public sealed class NoteTemplateFunctions
{
    /// <summary>The first <paramref name="length"/> characters of a note, cut at a word and marked with an ellipsis.</summary>
    public string Excerpt(string text, int length)
    {
        if (length < 1 || text.Length <= length)
            return text;
        var cut = text.LastIndexOf(' ', length);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : length), "…");
    }
}
