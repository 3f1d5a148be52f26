using System.Net.Http.Json;
using PluginCrm.Notes.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Notes.Tests;

/// <summary>The notes on a customer on its timeline (<c>GET /api/customers/{id}/timeline</c>), newest first, with their authors.</summary>
public sealed class NoteTimelineTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o => o.AddPlugin<NotesPlugin>());

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record Page(List<Entry> Items, string? Next);

    private sealed record Entry(DateTime WhenUtc, string Kind, string Title, RecordRef? Record, string? Detail, long? ActorUserId, string? ActorName);

    private sealed record Created(long Id);

    [Fact]
    public async Task The_notes_on_a_customer_are_on_its_timeline_newest_first_with_their_author()
    {
        var team = await host.CreateTeamAsync("east");
        var ann = await host.PersonAsync("ann@east.test", CrmRole.Rep, team);
        var (wang, li) = (await host.CustomerAsync("Wang", ann.Id), await host.CustomerAsync("Li", ann.Id));
        var first = await NoteAsync(ann, $"customer:{wang}", "Called about the spring order");
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await NoteAsync(ann, $"customer:{wang}", "Sent the quote with the new prices for green and black tea, valid until the end of the month");
        await NoteAsync(ann, $"customer:{li}", "someone else");

        var page = (await ann.Client.GetFromJsonAsync<Page>($"/api/customers/{wang}/timeline?kinds=note"))!;

        var start = host.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(
            [
                (start, "Note: Sent the quote with the new prices for green and black tea, valid until the end…", $"note:{second}"),
                (start.AddMinutes(-5), "Note: Called about the spring order", $"note:{first}"),
            ],
            page.Items.Select(i => (i.WhenUtc, i.Title, i.Record?.ToString())));
        Assert.All(page.Items, i => Assert.Equal((ann.Id, "ann@east.test"), (i.ActorUserId, i.ActorName)));
        Assert.Equal("Sent the quote with the new prices for green and black tea, valid until the end of the month", page.Items[0].Detail);
    }

    private static async Task<long> NoteAsync(Person author, string subject, string text)
    {
        var response = await author.Client.PostAsJsonAsync("/api/notes", new { subject, text });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }
}
