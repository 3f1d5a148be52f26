using System.Net;
using System.Net.Http.Json;
using PluginCrm.Feedback.Tests.Support;

namespace PluginCrm.Feedback.Tests.Complaints;

/// <summary>The notes plugin on <c>complaint:ID</c>: a record type this plugin registers, judged by the host for another plugin.</summary>
public sealed class NoteOnComplaintTests : IAsyncLifetime
{
    private FeedbackHost feedback = null!;

    public async Task InitializeAsync() => feedback = await FeedbackHost.StartAsync(withNotes: true);

    public async Task DisposeAsync() => await feedback.DisposeAsync();

    private sealed record NoteView(long Id, string Subject, long? AuthorId);

    [Fact]
    public async Task A_note_on_a_complaint_is_read_by_whoever_reads_the_complaint_and_added_by_whoever_handles_it()
    {
        var (east, west) = (await feedback.TeamAsync("east", 2), await feedback.TeamAsync("west", 1));
        var (ann, bo, wes) = (east.Reps[0], east.Reps[1], west.Reps[0]);
        var customer = await feedback.CustomerAsync("East Co", ann.Id, east.Id);
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Late", description = "d", ownerId = bo.Id });
        var subject = $"complaint:{complaint.Id}";

        var note = await (await bo.Client.Post("/api/notes", new { subject, text = "called back" })).As<NoteView>();
        Assert.Equal((subject, bo.Id), (note.Subject, note.AuthorId));
        // Ann owns the customer, so she reads the complaint and its notes, but the complaint is Bo's to add to.
        Assert.Equal([note.Id], (await (await ann.Client.GetAsync($"/api/notes?subject={subject}")).As<List<NoteView>>()).Select(n => n.Id));
        Assert.Equal($"you may see complaint {complaint.Id} but not change it", await SubjectError(ann.Client, subject));
        Assert.Equal($"there is no complaint {complaint.Id}", await SubjectError(wes.Client, subject));
        Assert.Equal("there is no complaint 99999", await SubjectError(wes.Client, "complaint:99999"));
        Assert.Equal(HttpStatusCode.NotFound, (await wes.Client.GetAsync($"/api/notes?subject={subject}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wes.Client.GetAsync($"/api/notes/{note.Id}")).StatusCode);

        // With the feedback module off, its complaints read as missing to the notes plugin too.
        await (await feedback.Admin.PostAsync("/api/plugins/feedback/disable", null)).As<object>();
        Assert.Equal(HttpStatusCode.NotFound, (await bo.Client.GetAsync($"/api/notes?subject={subject}")).StatusCode);
        await (await feedback.Admin.PostAsync("/api/plugins/feedback/enable", null)).As<object>();

        Assert.Equal(HttpStatusCode.NoContent, (await east.Manager.Client.DeleteAsync($"/api/notes/{note.Id}")).StatusCode);
    }

    private static async Task<string> SubjectError(HttpClient client, string subject)
    {
        var response = await client.Post("/api/notes", new { subject, text = "me too" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return Assert.Single((await response.Content.ReadFromJsonAsync<Problem>(Json.Options))!.Errors!["subject"]);
    }
}
