using Microsoft.EntityFrameworkCore;
using PluginCrm.Notes.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Notes.Notes.Timeline;

/// <summary>The notes on the customer, when they were written, by whom (index on subject and time); each shown to whoever reads the note.</summary>
public sealed class NoteTimelineSource(NotesDbContext db, NoteTemplateFunctions text) : ICustomerTimelineSource
{
    public const string Kind = "note";
    private const int TitleLength = 80;

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var subject = new RecordRef(RecordTypes.Customer, customerId).ToString();
        var notes = await window.Apply(db.Notes.AsNoTracking().Where(n => n.Subject == subject), n => n.CreatedUtc, n => n.Id).ToListAsync(cancellationToken);
        return notes.Select(n => new TimelineEntry(n.CreatedUtc, n.Id, Kind, $"Note: {text.Excerpt(n.Text.ReplaceLineEndings(" "), TitleLength)}")
        {
            Record = NoteOwnership.Of(n.Id),
            Detail = n.Text,
            ActorUserId = n.AuthorId,
            ActorName = n.AuthorName,
        }).ToList();
    }
}
