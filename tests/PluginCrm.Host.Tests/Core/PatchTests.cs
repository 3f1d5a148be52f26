using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary><c>PATCH /api/{records}/{id}</c>: a JSON merge patch on the record as the caller sees it, checked and sent as an update.</summary>
public sealed class PatchTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private HttpClient Client => host.Client;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private Task<HttpResponseMessage> PatchAsync(string path, string json, long? ifMatch, string mediaType = "application/merge-patch+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = new StringContent(json, Encoding.UTF8, mediaType) };
        if (ifMatch is { } version)
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return Client.SendAsync(request);
    }

    private async Task<CustomerRecord> CustomerAsync() =>
        await (await Client.Post("/api/customers", new { name = "王芳", phone = "+86 138 0013 8000", region = "华东", tags = new[] { "vip" }, stage = "qualified" })).As<CustomerRecord>();

    [Fact]
    public async Task A_deal_won_by_a_patch_of_its_stage_closes_today_counts_in_the_sales_kpi_and_reopened_loses_the_date()
    {
        var deal = await (await Client.Post("/api/deals", new { title = "Chairs for the new office", stage = "negotiation", value = 1200m })).As<DealRecord>();

        var won = await (await PatchAsync($"/api/deals/{deal.Id}", """{ "stage": "won" }""", deal.Version)).As<DealRecord>();
        var sales = await Client.Get<JsonObject>("/api/kpis/sales?from=2026-01-01&to=2026-02-01");

        // The kit's clock stands at 2026-01-05; without a close date the deal was in no period, so no KPI counted it.
        Assert.Equal(new DateOnly(2026, 1, 5), won.ClosedOn);
        Assert.Equal(1, (int)sales["total"]!["won"]!);
        Assert.Equal(1200m, (decimal)sales["total"]!["revenue"]!);
        var reopened = await (await PatchAsync($"/api/deals/{deal.Id}", """{ "stage": "negotiation" }""", won.Version)).As<DealRecord>();
        Assert.Null(reopened.ClosedOn);
    }

    [Fact]
    public async Task A_patch_changes_the_fields_it_names_clears_those_it_nulls_and_is_an_update()
    {
        var customer = await CustomerAsync();

        var response = await PatchAsync($"/api/customers/{customer.Id}", """{ "email": "Wang.Fang@Example.com", "region": null, "tags": null }""", customer.Version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
        var read = await Client.Get<CustomerRecord>($"/api/customers/{customer.Id}");
        Assert.Equal(("王芳", "+86 138 0013 8000", LifecycleStage.Qualified), (read.Name, read.Phone, read.Stage)); // untouched
        Assert.Equal(("wang.fang@example.com", (string?)null, 2L), (read.Email, read.Region, read.Version)); // tidied as a PUT is
        Assert.Empty(read.Tags);
        var audit = await Client.Get<JsonArray>($"/api/customers/{customer.Id}/audit");
        Assert.Equal(["customer.create", "customer.update"], audit.Select(a => (string)a!["message"]!));
    }

    [Fact]
    public async Task Plain_json_is_accepted_too_and_a_lead_patches_like_a_customer()
    {
        var lead = await (await Client.Post("/api/leads", new { name = "陈静", estimatedValue = 1200.50m })).As<LeadRecord>();

        var response = await PatchAsync($"/api/leads/{lead.Id}", """{ "companyName": "阿里巴巴", "estimatedValue": 980 }""", lead.Version, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await Client.Get<LeadRecord>($"/api/leads/{lead.Id}");
        Assert.Equal(("陈静", "阿里巴巴", 980m), (read.Name, read.CompanyName, read.EstimatedValue));
    }

    [Fact]
    public async Task Without_if_match_it_is_a_428_and_stale_a_412_and_nothing_changes()
    {
        var customer = await CustomerAsync();

        var missing = await PatchAsync($"/api/customers/{customer.Id}", """{ "region": "华北" }""", null);
        var stale = await PatchAsync($"/api/customers/{customer.Id}", """{ "region": "华北" }""", customer.Version + 1);

        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(("华东", 1L), ((await Client.Get<CustomerRecord>($"/api/customers/{customer.Id}")) is var read ? (read.Region, read.Version) : default));
    }

    [Theory]
    [InlineData("""{ "colour": "red" }""", "colour")] // not a field of a customer
    [InlineData("""{ "consentToContact": "yes" }""", "consentToContact")] // wrong kind of value
    [InlineData("""{ "stage": "sleeping" }""", "stage")]
    [InlineData("""{ "stage": null }""", "stage")] // cannot be empty
    [InlineData("""{ "name": null }""", "name")] // required, as on PUT
    [InlineData("""{ "email": "not-an-email" }""", "email")] // the same checks as PUT
    [InlineData("""{ "version": 7 }""", "version")] // set by the server
    [InlineData("""[ "name" ]""", "body")]
    [InlineData("""{ "name": """, "body")]
    public async Task A_bad_patch_is_a_400_naming_the_field_and_changes_nothing(string patch, string field)
    {
        var customer = await CustomerAsync();

        var response = await PatchAsync($"/api/customers/{customer.Id}", patch, customer.Version);

        await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(1, (await Client.Get<CustomerRecord>($"/api/customers/{customer.Id}")).Version);
    }

    [Fact]
    public async Task A_list_is_replaced_whole_and_a_field_inside_it_is_named_by_its_path()
    {
        var customer = await CustomerAsync();
        var order = await (await Client.Post("/api/orders", new
        {
            number = "SO-1", customerId = customer.Id, orderedUtc = "2026-01-05T10:00:00Z", currency = "CNY",
            lines = new[] { new { description = "茶", quantity = 2, unitPrice = 10m }, new { description = "杯", quantity = 1, unitPrice = 5m } },
        })).As<OrderRecord>();

        var bad = await PatchAsync($"/api/orders/{order.Id}", """{ "lines": [ { "description": "茶", "quantity": 3, "unitPrice": 10, "colour": "green" } ] }""", order.Version);
        var good = await PatchAsync($"/api/orders/{order.Id}", """{ "lines": [ { "description": "茶", "quantity": 3, "unitPrice": 10 } ] }""", order.Version);

        await bad.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "lines[0].colour");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var read = await Client.Get<OrderRecord>($"/api/orders/{order.Id}");
        Assert.Equal((1, 30m), (read.Lines.Count, read.Total)); // 3 × 10, the second line gone
    }

    [Theory]
    [InlineData("customers")]
    [InlineData("companies")]
    [InlineData("leads")]
    [InlineData("deals")]
    [InlineData("products")]
    [InlineData("orders")]
    [InlineData("interactions")]
    [InlineData("tasks")]
    public async Task A_patch_of_the_stored_values_or_of_nothing_answers_the_record_as_it_is_with_no_new_version_or_audit_entry(string route)
    {
        var created = await (await Client.Post($"/api/{route}", await BodyOfAsync(route))).As<JsonObject>();
        var path = $"/api/{route}/{(long)created["id"]!}";
        var stored = await Client.Get<JsonObject>(path);

        var same = await PatchAsync(path, stored.ToJsonString(), 1);
        var empty = await PatchAsync(path, "{}", 1);

        foreach (var response in new[] { same, empty })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
            Assert.True(JsonNode.DeepEquals(stored, await response.As<JsonObject>()), $"{path} came back changed");
        }
        Assert.True(JsonNode.DeepEquals(stored, await Client.Get<JsonObject>(path)), $"{path} was changed");
        var audit = await Client.Get<JsonArray>($"{path}/audit");
        Assert.EndsWith(".create", (string)Assert.Single(audit)!["message"]!);
    }

    [Fact]
    public async Task A_patch_of_a_price_spelled_another_way_is_no_change_but_one_of_another_price_is()
    {
        var customer = await CustomerAsync();
        var order = await (await Client.Post("/api/orders", OrderBodies.Of(customer.Id, "2026-01-05T10:00:00Z", 10.50m))).As<OrderRecord>();

        var spelled = await PatchAsync($"/api/orders/{order.Id}", """{ "lines": [ { "description": "tea", "quantity": 1, "unitPrice": 10.5 } ] }""", order.Version);
        var changed = await PatchAsync($"/api/orders/{order.Id}", """{ "lines": [ { "description": "tea", "quantity": 1, "unitPrice": 10.6 } ] }""", order.Version);

        Assert.Equal(("\"1\"", "\"2\""), (spelled.Headers.ETag!.Tag, changed.Headers.ETag!.Tag));
        Assert.Equal(10.6m, (await Client.Get<OrderRecord>($"/api/orders/{order.Id}")).Total);
    }

    private async Task<object> BodyOfAsync(string route) => route switch
    {
        "customers" => new { name = "王芳", phone = "+86 138 0013 8000", region = "华东", tags = new[] { "vip", "tea" }, stage = "qualified", birthday = "1990-05-01" },
        "companies" => new { name = "阿里巴巴", industry = "retail", employees = 120, annualRevenue = 1200000.50m },
        "leads" => new { name = "陈静", companyName = "阿里巴巴", estimatedValue = 1200.50m },
        "deals" => new { title = "Chairs", stage = "won", value = 1200.50m },
        "products" => new { code = "TEA-1", name = "Tea", price = 12.30m },
        "orders" => OrderBodies.Of((await CustomerAsync()).Id, "2026-01-05T10:00:00Z", 10.50m),
        "interactions" => new { customerId = (await CustomerAsync()).Id, kind = "call", occurredUtc = "2026-01-05T09:00:00Z", notes = "asked for a quote" },
        "tasks" => new { subject = "Send the quote", dueUtc = "2026-01-06T10:00:00Z", done = true },
        _ => throw new ArgumentOutOfRangeException(nameof(route)),
    };

    [Fact]
    public async Task Another_media_type_is_a_415()
    {
        var customer = await CustomerAsync();

        var response = await PatchAsync($"/api/customers/{customer.Id}", """{ "region": "华北" }""", customer.Version, "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, (await Client.Get<CustomerRecord>($"/api/customers/{customer.Id}")).Version);
    }

    [Fact]
    public async Task The_openapi_document_lists_patch_with_the_merge_patch_media_type()
    {
        var document = await Client.Get<JsonObject>("/openapi/v1.json");

        foreach (var route in new[] { "customers", "companies", "leads", "deals", "products", "orders", "interactions" })
        {
            var patch = document["paths"]![$"/api/{route}/{{id}}"]!["patch"];
            Assert.NotNull(patch);
            Assert.NotNull(patch!["requestBody"]!["content"]![MergePatchMediaType]);
        }
    }

    private const string MergePatchMediaType = "application/merge-patch+json";
}
