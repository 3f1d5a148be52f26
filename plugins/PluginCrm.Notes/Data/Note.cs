namespace PluginCrm.Notes.Data;

/// <summary>A note on a record; <see cref="Subject"/> names the record, e.g. <c>customer:42</c>.</summary>
public sealed class Note
{
    public long Id { get; set; }
    public required string Subject { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>The user who wrote it; null for notes from before authors were kept and for API keys of no user.</summary>
    public long? AuthorId { get; set; }

    public string? AuthorName { get; set; }

    /// <summary>The author's team when it wrote the note: that team's manager looks after the note as after the author's records.</summary>
    public long? AuthorTeamId { get; set; }
}
