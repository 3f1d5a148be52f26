namespace PluginCrm.Notes.Data;

/// <summary>A note on a record; <see cref="Subject"/> names the record, e.g. <c>customer:42</c>.</summary>
public sealed class Note
{
    public long Id { get; set; }
    public required string Subject { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedUtc { get; set; }
}
