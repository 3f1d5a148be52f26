using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Notes;
using PluginCrm.Notes.Data;
using PluginCrm.Notes.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Notes.Tests;

public sealed class NotesTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o => o.AddPlugin<NotesPlugin>());

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record NoteDto(long Id, string Subject, string Text, DateTime CreatedUtc);

    private sealed record ProblemDto(int Status, Dictionary<string, string[]>? Errors);

    private Task<HttpResponseMessage> Create(string subject, string text) =>
        host.Client.PostAsJsonAsync("/api/notes", new { subject, text });

    [Fact]
    public async Task A_note_is_stored_with_the_hosts_utc_time_and_listed_newest_first()
    {
        var (wang, li) = (await host.CustomerAsync("Wang", null), await host.CustomerAsync("Li", null));
        await Create($"customer:{wang}", "first call");
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Create($"customer:{wang}", "  sent the quote  ");
        await Create($"customer:{li}", "someone else");

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var created = (await second.Content.ReadFromJsonAsync<NoteDto>())!;
        Assert.Equal("sent the quote", created.Text);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, created.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, created.CreatedUtc.Kind);
        var listed = await host.Client.GetFromJsonAsync<List<NoteDto>>($"/api/notes?subject=customer:{wang}");
        Assert.Equal(["sent the quote", "first call"], listed!.Select(n => n.Text));
    }

    [Fact]
    public async Task A_leads_notes_move_to_the_customer_it_is_converted_into()
    {
        var lead = (await (await host.Client.PostAsJsonAsync("/api/leads", new { name = "Zhao Lei" })).Content.ReadFromJsonAsync<LeadId>())!.Id;
        await Create($"lead:{lead}", "asked for a quote");

        var converted = await host.Client.PostAsJsonAsync($"/api/leads/{lead}/convert", new { });

        Assert.Equal(HttpStatusCode.OK, converted.StatusCode);
        var customer = (await converted.Content.ReadFromJsonAsync<Conversion>())!.Customer.Id;
        Assert.Equal(["asked for a quote"], (await host.Client.GetFromJsonAsync<List<NoteDto>>($"/api/notes?subject=customer:{customer}"))!.Select(n => n.Text));
        Assert.Empty((await host.Client.GetFromJsonAsync<List<NoteDto>>($"/api/notes?subject=lead:{lead}"))!);
    }

    private sealed record LeadId(long Id);

    private sealed record Conversion(LeadId Customer);

    [Fact]
    public async Task Bad_input_names_each_field_and_stores_nothing()
    {
        var response = await Create("not a subject", "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDto>())!;
        Assert.Equal(["subject", "text"], problem.Errors!.Keys.Order());
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Notes.CountAsync());
    }

    [Fact]
    public async Task The_length_limit_is_an_admin_setting_that_applies_at_once()
    {
        var customer = await host.CustomerAsync("Wang", null);
        Assert.Equal(HttpStatusCode.Created, (await Create($"customer:{customer}", new string('a', 50))).StatusCode);

        await host.Client.PutAsJsonAsync("/api/plugins/notes/settings", new { maxLength = 10 });
        var refused = await Create($"customer:{customer}", new string('a', 50));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["is 50 characters; the limit is 10"], (await refused.Content.ReadFromJsonAsync<ProblemDto>())!.Errors!["text"]);
    }

    [Fact]
    public async Task The_purge_job_deletes_only_notes_past_the_retention_period()
    {
        var customer = await host.CustomerAsync("Wang", null);
        await host.Client.PutAsJsonAsync("/api/plugins/notes/settings", new { retentionDays = 30 });
        await Create($"customer:{customer}", "old");
        host.Clock.Advance(TimeSpan.FromDays(20));
        await Create($"customer:{customer}", "recent");
        host.Clock.Advance(TimeSpan.FromDays(11));

        Assert.Contains("notes.purge-expired", await host.RunDueJobsAsync());

        var left = await host.Client.GetFromJsonAsync<List<NoteDto>>($"/api/notes?subject=customer:{customer}");
        Assert.Equal(["recent"], left!.Select(n => n.Text));
    }

    [Fact]
    public async Task Delete_removes_a_note_and_a_second_delete_is_404()
    {
        var customer = await host.CustomerAsync("Wang", null);
        var created = (await (await Create($"customer:{customer}", "typo")).Content.ReadFromJsonAsync<NoteDto>())!;

        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.DeleteAsync($"/api/notes/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.DeleteAsync($"/api/notes/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync($"/api/notes/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_excerpt_template_function_is_offered_under_the_plugins_namespace()
    {
        var preview = await host.Client.PostAsJsonAsync("/api/templates/preview", new
        {
            recordType = "customer", sample = true,
            body = "{{ notes.excerpt 'Customer asked for a second quote' 16 }}|{{ notes.excerpt 'short' 16 }}",
        });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("Customer asked…|short", (await preview.Content.ReadFromJsonAsync<PreviewDto>())!.Output);
    }

    private sealed record PreviewDto(string Output);
}
