using System.Net;
using System.Text.Json.Nodes;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>
/// A field the body's type does not have is a 400 naming it on a create and an update as on a patch (a misspelt field
/// silently dropped would leave the caller believing it saved), for core records and plugins' alike.
/// </summary>
public sealed class UnknownFieldTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private HttpClient Client => host.Client;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = TestPaths.BuiltInPlugins);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private async Task<long> CustomerAsync() => (await (await Client.Post("/api/customers", new { name = "王芳" })).As<CustomerRecord>()).Id;

    [Theory]
    [InlineData("customers", """{ "name": "王芳", "emial": "wang@example.com" }""", "emial")]
    [InlineData("companies", """{ "name": "阿里巴巴", "colour": "orange" }""", "colour")]
    [InlineData("leads", """{ "name": "陈静", "budget": 1200 }""", "budget")]
    [InlineData("deals", """{ "title": "Chairs", "stage": "won", "amount": 1200 }""", "amount")]
    [InlineData("products", """{ "code": "TEA-1", "name": "Tea", "cost": 3 }""", "cost")]
    [InlineData("orders", """{ "number": "SO-1", "customerId": {customer}, "orderedUtc": "2026-01-05T10:00:00Z", "currency": "CNY", "lines": [ { "description": "tea", "quantity": 1, "unitPrice": 10, "colour": "green" } ] }""", "lines[0].colour")]
    [InlineData("interactions", """{ "customerId": {customer}, "kind": "call", "occurredUtc": "2026-01-05T09:00:00Z", "note": "asked" }""", "note")]
    [InlineData("tasks", """{ "subject": "Send the quote", "dueUtc": "2026-01-06T10:00:00Z", "assignee": 1 }""", "assignee")]
    public async Task A_create_with_a_field_the_record_does_not_have_is_a_400_naming_it_and_creates_nothing(string route, string body, string field)
    {
        var customer = await CustomerAsync();
        var before = await Client.Get<JsonObject>($"/api/{route}");

        var response = await Client.PostAsync($"/api/{route}", new StringContent(body.Replace("{customer}", $"{customer}"), System.Text.Encoding.UTF8, "application/json"));

        Assert.StartsWith("is not a field here; the fields are: ", await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, field));
        Assert.Equal((int)before["total"]!, (int)(await Client.Get<JsonObject>($"/api/{route}"))["total"]!);
    }

    [Fact]
    public async Task An_update_names_the_field_too_and_the_record_as_read_is_taken_back_whole()
    {
        var order = await (await Client.Post("/api/orders", OrderBodies.Of(await CustomerAsync(), "2026-01-05T10:00:00Z", 10m, quantity: 2))).As<OrderRecord>();
        var read = await Client.Get<JsonObject>($"/api/orders/{order.Id}"); // with the lines' amounts, which the server works out
        var misspelt = read.DeepClone().AsObject();
        misspelt["currancy"] = "USD";

        var refused = await Client.Put($"/api/orders/{order.Id}", misspelt);
        read["number"] = "SO-2";
        var taken = await Client.Put($"/api/orders/{order.Id}", read);

        await refused.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "currancy");
        var saved = await taken.As<OrderRecord>();
        Assert.Equal(("SO-2", 20m), (saved.Number, saved.Total));
    }

    [Fact]
    public async Task A_plugins_records_are_held_to_the_same_rule()
    {
        var customer = await CustomerAsync();

        var complaint = await Client.Post("/api/feedback/complaints", new { customerId = customer, subject = "Cold tea", description = "arrived cold", urgent = true });
        var note = await Client.Post("/api/notes", new { subject = $"customer:{customer}", text = "wants a quote", pinned = true });

        await complaint.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "urgent");
        await note.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "pinned");
    }
}
