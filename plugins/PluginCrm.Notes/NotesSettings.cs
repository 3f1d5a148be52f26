using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Notes;

/// <summary>Admin settings of the notes module (<c>Plugins:notes</c> in configuration, or PUT /api/plugins/notes/settings).</summary>
public sealed class NotesSettings
{
    [Range(1, 100_000, ErrorMessage = "must be between 1 and 100000 characters")]
    public int MaxLength { get; set; } = 4_000;

    /// <summary>Notes older than this are purged by the hourly job.</summary>
    [Range(1, 36_500, ErrorMessage = "must be between 1 and 36500 days")]
    public int RetentionDays { get; set; } = 730;
}
