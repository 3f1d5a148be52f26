using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Host.Tests.Cli;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Webhooks;

/// <summary>
/// A subscription is refused, naming the field, when its URL is not http(s) or leads into the host's own networks (this
/// host does not allow them), a message is not in the catalogue, or its filter does not parse or reads what the
/// record lacks; and <c>crm webhooks</c> does the same from the command line.
/// </summary>
public sealed class WebhookSubscriptionRulesTests(BuiltInHost shared) : IClassFixture<BuiltInHost>
{
    private readonly HttpClient admin = shared.Host.Client;

    private Task<HttpResponseMessage> SubscribeAsync(string url, string[] messages, string? filter = null) =>
        admin.PostAsJsonAsync("/api/webhooks", new { url, messages, filter });

    [Theory]
    [InlineData("http://127.0.0.1:5080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]/hook")]
    public async Task An_address_inside_the_hosts_networks_is_refused(string url)
    {
        var detail = await (await SubscribeAsync(url, ["customer.create"])).AssertFieldProblemAsync(HttpStatusCode.BadRequest, "url");
        Assert.Contains("loopback or private", detail);
    }

    [Fact]
    public async Task A_url_a_message_or_a_filter_that_cannot_work_is_refused_naming_the_field()
    {
        Assert.Contains("http or https", await (await SubscribeAsync("ftp://shop.example.com/x", ["customer.create"])).AssertFieldProblemAsync(HttpStatusCode.BadRequest, "url"));
        Assert.Contains("'customer.teleport' is not a message", await (await SubscribeAsync("https://shop.example.com/x", ["customer.create", "customer.teleport"]))
            .AssertFieldProblemAsync(HttpStatusCode.BadRequest, "messages[1]"));
        Assert.Contains("total", await (await SubscribeAsync("https://shop.example.com/x", ["customer.create"], "record.total > 100"))
            .AssertFieldProblemAsync(HttpStatusCode.BadRequest, "filter"));
        Assert.Contains("line 1, column", await (await SubscribeAsync("https://shop.example.com/x", ["order.create"], "record.total >"))
            .AssertFieldProblemAsync(HttpStatusCode.BadRequest, "filter"));

        var kept = await (await SubscribeAsync("https://shop.example.com/x", ["order.create"], "record.total >= 1000")).As<JsonElement>();
        Assert.StartsWith("whsec_", kept.GetProperty("secret").GetString());
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/webhooks")).EnumerateArray().Single(w => w.GetProperty("id").GetInt64() == kept.GetProperty("webhook").GetProperty("id").GetInt64());
        Assert.False(listed.TryGetProperty("secret", out _));
    }

    [Fact]
    public async Task The_command_line_adds_lists_tests_and_logs_and_refuses_in_one_line()
    {
        using var data = new TempFolder();
        var refused = await CliRunner.RunAsync("--data-dir", data.Path, "webhooks", "add", "--url", "http://127.0.0.1:9/hook", "--message", "order.create");
        Assert.Equal(1, refused.ExitCode);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.Contains("url", refused.Error);

        // .invalid never resolves: the subscription is kept (the receiver may not be up yet), and the ping fails.
        var added = await CliRunner.RunAsync("--data-dir", data.Path, "webhooks", "add", "--url", "https://hooks.invalid/crm", "--message", "order.create", "--message", "customer.create");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("signing secret (shown once): whsec_", added.Out);
        var list = await CliRunner.RunAsync("--data-dir", data.Path, "webhooks", "list");
        Assert.Contains("https://hooks.invalid/crm", list.Out);
        Assert.Contains("order.create,customer.create", list.Out);
        var test = await CliRunner.RunAsync("--data-dir", data.Path, "webhooks", "test", "1");
        Assert.Equal(1, test.ExitCode);
        Assert.Contains("the test ping failed: no answer", test.Error);
        var log = await CliRunner.RunAsync("--data-dir", data.Path, "webhooks", "log", "1");
        Assert.Contains("webhook.test", log.Out);
        Assert.Contains("failed", log.Out);
        Assert.Equal(1, (await CliRunner.RunAsync("--data-dir", data.Path, "webhooks", "log", "7")).ExitCode);
    }
}
