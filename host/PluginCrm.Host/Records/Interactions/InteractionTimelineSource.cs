using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Host.Records.Interactions;

/// <summary>Calls, e-mails, visits, chats and meetings with the customer, when they happened, with their author.</summary>
public sealed class InteractionTimelineSource(CrmDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "interaction";
    private const int TitleNotes = 80;

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var rows = await window.Apply(db.Interactions.AsNoTracking().Where(i => i.CustomerId == customerId), i => i.OccurredUtc, i => i.Id)
            .Select(i => new { i.Id, i.Kind, i.OccurredUtc, i.AuthorId, i.Notes, i.DealId, Author = db.Set<User>().Where(u => u.Id == i.AuthorId).Select(u => u.Email).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return rows.Select(i => new TimelineEntry(i.OccurredUtc, i.Id, Kind, Title(JsonNamingPolicy.CamelCase.ConvertName(i.Kind.ToString()), i.Notes))
        {
            Record = new RecordRef(RecordTypes.Interaction, i.Id),
            Detail = ShownWhole(i.Notes) ? null : i.Notes, // a one-line note is the title already: not twice
            ActorUserId = i.AuthorId,
            ActorName = i.Author,
            Data = new Dictionary<string, object?> { ["interactionKind"] = i.Kind, ["dealId"] = i.DealId },
        }).ToList();
    }

    // The title shows the note's first line, cut at TitleNotes characters: all of a short one-line note.
    private static bool ShownWhole(string notes) => FirstLine(notes) is var line && line == notes.Trim() && line.Length <= TitleNotes;

    private static string Title(string kind, string notes)
    {
        var line = FirstLine(notes);
        return line.Length == 0 ? kind : $"{kind}: {(line.Length > TitleNotes ? line[..TitleNotes] + "…" : line)}";
    }

    private static string FirstLine(string notes) => notes.Split('\n', 2)[0].Trim();
}
