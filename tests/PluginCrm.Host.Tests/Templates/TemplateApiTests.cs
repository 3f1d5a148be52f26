using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Templates;

/// <summary>The template API as an admin uses it: save, version, restore, refuse bad syntax, preview.</summary>
public sealed class TemplateApiTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private HttpClient Client => host.Client;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record View(string Key, string Kind, string? Description, int CurrentVersion, string Body);

    private sealed record Version(int Number, string Body, string CreatedBy);

    private sealed record Rendered(string Output);

    [Fact]
    public async Task Every_save_is_a_version_and_a_restore_is_a_new_one()
    {
        var first = await Client.Put("/api/templates/greeting.welcome", new { kind = "message", description = "Welcome", body = "Hello {{ customer.name }}" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var second = await Client.Put("/api/templates/greeting.welcome", new { kind = "message", body = "Hi {{ customer.name }}!" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, (await second.As<View>()).CurrentVersion);

        var restored = await (await Client.Post("/api/templates/greeting.welcome/versions/1/restore", new { })).As<View>();

        Assert.Equal(3, restored.CurrentVersion);
        Assert.Equal("Hello {{ customer.name }}", (await Client.Get<View>("/api/templates/greeting.welcome")).Body);
        var versions = await Client.Get<List<Version>>("/api/templates/greeting.welcome/versions");
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal("Hi {{ customer.name }}!", (await Client.Get<Version>("/api/templates/greeting.welcome/versions/2")).Body);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/api/templates/greeting.welcome")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/templates/greeting.welcome")).StatusCode);
    }

    [Fact]
    public async Task A_body_that_does_not_parse_is_refused_with_every_error_and_nothing_is_stored()
    {
        var response = await Client.Put("/api/templates/broken", new { kind = "document", body = "Line one\nLine two\n{{ if }}\n{{ for x in }}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.As<Problem>()).Errors!["body"];
        Assert.True(errors.Length >= 2, string.Join(" | ", errors));
        Assert.StartsWith("line 3, column ", errors[0]);
        Assert.Contains(errors, e => e.StartsWith("line 4, column "));
        Assert.Empty(await Client.Get<List<View>>("/api/templates"));
    }

    [Fact]
    public async Task A_bad_key_or_missing_kind_is_named()
    {
        var response = await Client.Put("/api/templates/Bad Key", new { body = "x" });

        Assert.Equal(["key", "kind"], (await response.As<Problem>()).Errors!.Keys.Order());
    }

    [Fact]
    public async Task A_greeting_renders_for_a_customer_created_through_the_api()
    {
        var customer = await (await Client.Post("/api/customers", new { name = "王芳", stage = "customer" })).As<CustomerRecord>();
        await Client.Put("/api/templates/greeting", new { kind = "message", body = "{{ customer.name }}，您好！" });

        var response = await Client.Post("/api/templates/greeting/preview", new { recordType = "customer", recordId = customer.Id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("王芳，您好！", (await response.As<Rendered>()).Output);
        var missing = await Client.Post("/api/templates/greeting/preview", new { recordType = "customer", recordId = 999_999 });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_unsaved_body_previews_against_a_sample_and_a_failure_is_a_422_with_the_message()
    {
        var ok = await Client.Post("/api/templates/preview", new { body = "{{ deal.title }}: {{ deal.stage }}", recordType = "deal", sample = true });
        Assert.Equal("GTX Pro for Acme: won", (await ok.As<Rendered>()).Output);

        var failed = await Client.Post("/api/templates/preview", new { body = "{{ while true }}x{{ end }}", recordType = "customer", sample = true });

        Assert.Equal((HttpStatusCode)422, failed.StatusCode);
        Assert.Contains("loop", (await failed.As<Problem>()).Errors!["body"][0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Host_functions_work_in_a_preview_and_a_bad_currency_is_a_422()
    {
        var ok = await Client.Post("/api/templates/preview", new
        {
            body = "{{ crm_text.greeting customer.name 'zh' }}！{{ crm_date.age customer.birthday }} 岁",
            recordType = "customer",
            sample = true,
        });
        Assert.Equal("王芳，您好！37 岁", (await ok.As<Rendered>()).Output); // the test host's clock: 2026-01-05

        var order = await Client.Post("/api/templates/preview", new { body = "{{ crm_money.format order.total order.currency 'zh-CN' }}", recordType = "order", sample = true });
        Assert.Equal("¥59.80", (await order.As<Rendered>()).Output);

        var failed = await Client.Post("/api/templates/preview", new { body = "{{ crm_money.format order.total 'ABC' 'zh-CN' }}", recordType = "order", sample = true });
        Assert.Equal((HttpStatusCode)422, failed.StatusCode);
        Assert.Contains("'ABC' is not a known ISO 4217 currency code", (await failed.As<Problem>()).Errors!["body"][0]);
    }

    [Fact]
    public async Task A_hostile_preview_is_a_422_and_the_next_preview_sees_the_functions_unchanged()
    {
        var plain = new { body = "{{ crm_text.greeting customer.name 'en' }} {{ object.keys crm_text }}", recordType = "customer", sample = true };
        var before = (await (await Client.Post("/api/templates/preview", plain)).As<Rendered>()).Output;
        Assert.Equal("Dear 王芳, [\"greeting\", \"truncate\", \"initials\"]", before);

        foreach (var hostile in new[] { "{{ crm_text.x = 'leak' }}", "{{ crm_text.greeting = 'pwned' }}", "{{ crm_text = 1 }}" })
        {
            var refused = await Client.Post("/api/templates/preview", new { body = hostile, recordType = "customer", sample = true });

            Assert.Equal((HttpStatusCode)422, refused.StatusCode);
            Assert.Contains("crm_text is read-only", (await refused.As<Problem>()).Errors!["body"][0]);
            Assert.Equal(before, (await (await Client.Post("/api/templates/preview", plain)).As<Rendered>()).Output);
        }
    }
}
