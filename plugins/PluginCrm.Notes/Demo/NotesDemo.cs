using PluginCrm.Notes.Data;
using PluginCrm.Sdk.Demo;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Notes.Demo;

/// <summary>A few notes by owners on their customers, as <c>POST /api/notes</c> writes them.</summary>
public sealed class NotesDemo(NotesDbContext db) : IDemoContributor
{
    private static readonly string[] Texts = ["Prefers calls after 2 pm.", "Budget is approved in March.", "喜欢微信沟通。", "年底前有一批采购计划。", "Ask for the purchasing manager, not reception."];

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var now = context.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 30; i++)
        {
            // by the customer's owner: a note goes on a record its author may change, as the endpoint demands
            var customer = await context.Records.FindAsync<CustomerRecord>(context.CustomerIds[context.Random.Next(context.CustomerIds.Count)], cancellationToken);
            if (context.Teams.SelectMany(t => t.Reps).FirstOrDefault(r => r.UserId == customer?.OwnerId) is not { } author)
                continue;
            db.Notes.Add(new Note
            {
                Subject = $"customer:{customer!.Id}", Text = Texts[context.Random.Next(Texts.Length)], CreatedUtc = now.AddDays(-context.Random.Next(1, 60)),
                AuthorId = author.UserId, AuthorName = author.Name, AuthorTeamId = author.TeamId,
            });
        }
        var added = db.ChangeTracker.Entries<Note>().Count();
        await db.SaveChangesAsync(cancellationToken);
        context.Progress.Report($"{added} notes");
    }
}
