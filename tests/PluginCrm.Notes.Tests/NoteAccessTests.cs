using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Notes.Data;
using PluginCrm.Notes.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Notes.Tests;

/// <summary>
/// Who reads, adds and deletes notes: whoever reads a record reads its notes; adding one takes the right to change the
/// record; a note is deleted by its author, the author's team manager or an admin. East's rep Ann owns the customer.
/// </summary>
public sealed class NoteAccessTests : IAsyncLifetime
{
    private const long Missing = 999_999;
    private CrmTestHost host = null!;
    private Person ann = null!, bo = null!, eastManager = null!, westRep = null!, westManager = null!;
    private long eastTeam, customer;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync(o => o.AddPlugin<NotesPlugin>());
        (eastTeam, var westTeam) = (await host.CreateTeamAsync("east"), await host.CreateTeamAsync("west"));
        ann = await host.PersonAsync("ann@east.test", CrmRole.Rep, eastTeam);
        bo = await host.PersonAsync("bo@east.test", CrmRole.Rep, eastTeam);
        eastManager = await host.PersonAsync("manager@east.test", CrmRole.Manager, eastTeam);
        westRep = await host.PersonAsync("rep@west.test", CrmRole.Rep, westTeam);
        westManager = await host.PersonAsync("manager@west.test", CrmRole.Manager, westTeam);
        customer = await host.CustomerAsync("Wang Fang", ann.Id);
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record NoteDto(long Id, string Subject, string Text, long? AuthorId, string? AuthorName);

    private sealed record ProblemDto(int Status, string? Detail, Dictionary<string, string[]>? Errors);

    private static async Task<NoteDto> Add(Person author, string subject, string text = "called, wants a quote")
    {
        var response = await author.Client.PostAsJsonAsync("/api/notes", new { subject, text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<NoteDto>())!;
    }

    private static async Task<(HttpStatusCode Status, string? Detail, string[]? Subject)> Answer(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var problem = response.IsSuccessStatusCode ? null : await response.Content.ReadFromJsonAsync<ProblemDto>();
        return (response.StatusCode, problem?.Detail, problem?.Errors?.GetValueOrDefault("subject"));
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string subject) =>
        client.PostAsJsonAsync("/api/notes", new { subject, text = "hello" });

    [Fact]
    public async Task A_note_shows_its_author_and_keeps_the_team_it_was_written_in()
    {
        var note = await Add(ann, $"customer:{customer}");

        Assert.Equal((ann.Id, ann.Email), (note.AuthorId, note.AuthorName));
        var shown = (await ann.Client.GetFromJsonAsync<NoteDto>($"/api/notes/{note.Id}"))!;
        Assert.Equal((ann.Id, ann.Email), (shown.AuthorId, shown.AuthorName));
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(eastTeam, (await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Notes.SingleAsync()).AuthorTeamId);
    }

    [Fact]
    public async Task A_record_that_does_not_exist_takes_no_note()
    {
        Assert.Equal((HttpStatusCode.BadRequest, $"there is no customer {Missing}"), Subject(await Answer(Post(host.Client, $"customer:{Missing}"))));
        Assert.Equal((HttpStatusCode.BadRequest, "there is no widget 7"), Subject(await Answer(Post(host.Client, "widget:7"))));
        Assert.Equal((HttpStatusCode.NotFound, $"there is no customer {Missing}"), Detail(await Answer(host.Client.GetAsync($"/api/notes?subject=customer:{Missing}"))));
    }

    [Fact]
    public async Task Another_teams_rep_and_manager_are_answered_about_a_customer_they_cannot_see_as_about_a_missing_one()
    {
        var note = await Add(ann, $"customer:{customer}");

        foreach (var outsider in new[] { westRep, westManager, bo })
        {
            var client = outsider.Client;
            Assert.Equal((HttpStatusCode.BadRequest, $"there is no customer {customer}"), Subject(await Answer(Post(client, $"customer:{customer}"))));
            Assert.Equal((HttpStatusCode.BadRequest, $"there is no customer {Missing}"), Subject(await Answer(Post(client, $"customer:{Missing}"))));
            Assert.Equal((HttpStatusCode.NotFound, $"there is no customer {customer}"), Detail(await Answer(client.GetAsync($"/api/notes?subject=customer:{customer}"))));
            Assert.Equal((HttpStatusCode.NotFound, $"there is no customer {Missing}"), Detail(await Answer(client.GetAsync($"/api/notes?subject=customer:{Missing}"))));
            Assert.Equal((HttpStatusCode.NotFound, $"there is no note {note.Id}"), Detail(await Answer(client.GetAsync($"/api/notes/{note.Id}"))));
            Assert.Equal((HttpStatusCode.NotFound, $"there is no note {Missing}"), Detail(await Answer(client.GetAsync($"/api/notes/{Missing}"))));
            Assert.Equal((HttpStatusCode.NotFound, $"there is no note {note.Id}"), Detail(await Answer(client.DeleteAsync($"/api/notes/{note.Id}"))));
            Assert.Equal((HttpStatusCode.NotFound, $"there is no note {Missing}"), Detail(await Answer(client.DeleteAsync($"/api/notes/{Missing}"))));
        }

        Assert.Equal(["called, wants a quote"], (await host.Client.GetFromJsonAsync<List<NoteDto>>($"/api/notes?subject=customer:{customer}"))!.Select(n => n.Text));
        var anonymous = host.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(anonymous, $"customer:{customer}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/notes/{note.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"/api/notes/{note.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_author_its_team_manager_and_an_admin_delete_a_note_another_rep_of_the_team_may_not()
    {
        var (first, second, third) = (await Add(ann, $"customer:{customer}"), await Add(ann, $"customer:{customer}"), await Add(ann, $"customer:{customer}"));
        var managers = await Add(eastManager, $"customer:{customer}", "check the discount");
        var (_, admin) = await host.SignedInUserAsync("admin@example.test", CrmRole.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await bo.Client.DeleteAsync($"/api/notes/{first.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await westManager.Client.DeleteAsync($"/api/notes/{first.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await eastManager.Client.DeleteAsync($"/api/notes/{first.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/notes/{second.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ann.Client.DeleteAsync($"/api/notes/{third.Id}")).StatusCode);
        // Ann reads her manager's note on her customer, but it is not hers to delete.
        Assert.Equal(HttpStatusCode.OK, (await ann.Client.GetAsync($"/api/notes/{managers.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ann.Client.DeleteAsync($"/api/notes/{managers.Id}")).StatusCode);
        Assert.Equal(["check the discount"], (await ann.Client.GetFromJsonAsync<List<NoteDto>>($"/api/notes?subject=customer:{customer}"))!.Select(n => n.Text));
    }

    [Fact]
    public async Task A_customer_in_the_public_pool_shows_its_notes_to_everyone_but_takes_none_from_those_who_may_not_change_it()
    {
        var note = await Add(ann, $"customer:{customer}");
        await host.ShareAsync(customer);

        Assert.Equal([note.Id], (await westRep.Client.GetFromJsonAsync<List<NoteDto>>($"/api/notes?subject=customer:{customer}"))!.Select(n => n.Id));
        Assert.Equal(HttpStatusCode.OK, (await westRep.Client.GetAsync($"/api/notes/{note.Id}")).StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, $"you may see customer {customer} but not change it"), Subject(await Answer(Post(westRep.Client, $"customer:{customer}"))));
        Assert.Equal(HttpStatusCode.Forbidden, (await westRep.Client.DeleteAsync($"/api/notes/{note.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bo.Client.DeleteAsync($"/api/notes/{note.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Post(ann.Client, $"customer:{customer}")).StatusCode);
    }

    [Fact]
    public async Task Without_a_subject_an_admin_lists_every_note_and_anyone_else_must_name_the_record()
    {
        var westCustomer = await host.CustomerAsync("Li Lei", westRep.Id);
        await Add(ann, $"customer:{customer}", "east");
        await Add(westRep, $"customer:{westCustomer}", "west");

        Assert.Equal((HttpStatusCode.BadRequest, "must name a record as type:id, e.g. customer:42"), Subject(await Answer(ann.Client.GetAsync("/api/notes"))));
        Assert.Equal(HttpStatusCode.BadRequest, (await eastManager.Client.GetAsync("/api/notes")).StatusCode);
        Assert.Equal(["east", "west"], (await host.Client.GetFromJsonAsync<List<NoteDto>>("/api/notes"))!.Select(n => n.Text).Order());
        Assert.Equal(["east"], (await ann.Client.GetFromJsonAsync<List<NoteDto>>($"/api/notes?subject=customer:{customer}"))!.Select(n => n.Text));
    }

    [Fact]
    public async Task A_note_from_before_authors_were_kept_follows_its_subject()
    {
        long id;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            var old = new Note { Subject = $"customer:{customer}", Text = "from the old days", CreatedUtc = host.Clock.GetUtcNow().UtcDateTime };
            db.Notes.Add(old);
            await db.SaveChangesAsync();
            id = old.Id;
        }

        Assert.Equal(HttpStatusCode.NotFound, (await westRep.Client.GetAsync($"/api/notes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.Client.DeleteAsync($"/api/notes/{id}")).StatusCode);
        Assert.Null((await ann.Client.GetFromJsonAsync<NoteDto>($"/api/notes/{id}"))!.AuthorId);
        Assert.Equal(HttpStatusCode.NoContent, (await ann.Client.DeleteAsync($"/api/notes/{id}")).StatusCode);
    }

    /// <summary>The status and the one message on <c>subject</c>.</summary>
    private static (HttpStatusCode, string?) Subject((HttpStatusCode Status, string? Detail, string[]? Subject) answer) =>
        (answer.Status, answer.Subject is [var only] ? only : null);

    private static (HttpStatusCode, string?) Detail((HttpStatusCode Status, string? Detail, string[]? Subject) answer) => (answer.Status, answer.Detail);
}
