using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Customers;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>customer.create through a real plugin loaded from disk that takes part at every stage.</summary>
public sealed class PipelineTests : IAsyncLifetime
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("fixture", entryType: "PluginCrm.Fixtures.Plugins.Pipeline.PipelinePlugin");
    private readonly TempFolder data = new();
    private string Trace => Path.Combine(data.Path, "post-commit.txt");
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await StartAsync(postCommitFailures: 0);

    private Task<CrmTestHost> StartAsync(int postCommitFailures) => CrmTestHost.StartAsync(o =>
    {
        o.PluginsDirectory = plugins.Path;
        o.DataDirectory = data.Path;
        o.Settings["Plugins:fixture:TraceFile"] = Trace;
        o.Settings["Plugins:fixture:PostCommitFailures"] = postCommitFailures.ToString();
    });

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        plugins.Dispose();
        data.Dispose();
    }

    private Task<long> CountAsync(string table, string where = "1 = 1") => new CrmDbFile(data.Path).CountAsync(table, where);

    [Fact]
    public async Task A_step_refusal_reaches_the_caller_as_a_422_with_the_plugins_message()
    {
        var response = await host.Client.Post("/api/customers", new { name = "Blocked Ltd" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.As<Problem>();
        Assert.Equal("names containing 'blocked' are not accepted by the fixture plugin", problem.Detail);
        Assert.Equal(["names containing 'blocked' are not accepted by the fixture plugin"], problem.Errors!["name"]);
        Assert.Equal(0, await CountAsync("customers"));
    }

    [Fact]
    public async Task PreOperation_changes_are_stored_and_the_plugins_own_rows_commit_with_the_change()
    {
        var created = await (await host.Client.Post("/api/customers", new { name = "Qian Ming" })).As<CustomerRecord>();

        Assert.Equal(["seen-by-admin"], created.Tags);
        Assert.Equal(1, await CountAsync("fx_seen"));
        Assert.Equal(1, await CountAsync("audit", "\"RecordType\" = 'customer'"));
    }

    [Fact]
    public async Task A_failing_step_rolls_back_the_record_the_audit_and_the_plugins_own_rows()
    {
        var response = await host.Client.Post("/api/customers", new { name = "Explode Inc" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("a step of plugin 'fixture' failed on customer.create; the change was rolled back", (await response.As<Problem>()).Detail);
        Assert.Equal((0L, 0L, 0L, 0L), (await CountAsync("customers"), await CountAsync("fx_seen"), await CountAsync("audit", "\"RecordType\" = 'customer'"), await CountAsync("outbox")));

        var log = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(data.Path, "logs")).Single(), default);
        Assert.Contains(log.Split('\n'), l => l.Contains("[ERR] fixture ") && l.Contains("Step FailOnRequest of plugin fixture failed on customer.create; rolling back"));
    }

    [Fact]
    public async Task A_refused_nested_follow_up_rolls_back_the_interaction_and_the_task_it_completed()
    {
        var (_, rep) = await host.ActAsAsync(CrmRole.Rep);
        var customer = await (await rep.Post("/api/customers", new { name = "Forbidden Fruit Ltd" })).As<CustomerRecord>();
        var task = await (await rep.Post("/api/tasks", new { subject = "Call", dueUtc = "2026-01-06T10:00:00Z" })).As<TaskRecord>();

        var response = await rep.Post("/api/interactions", new
        {
            customerId = customer.Id, kind = "call", occurredUtc = "2026-01-05T08:00:00Z", notes = "x", taskId = task.Id, nextFollowUpUtc = "2026-01-07T08:00:00Z",
        });

        // task.update ran, then the fixture refused task.create inside the same transaction: nothing of the three stays.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("tasks about something 'forbidden' are not accepted by the fixture plugin", (await response.As<Problem>()).Detail);
        Assert.False((await rep.Get<TaskRecord>($"/api/tasks/{task.Id}")).Done);
        Assert.Equal((0L, 1L, 1L), (await CountAsync("interactions"), await CountAsync("tasks"), await CountAsync("audit", "\"RecordType\" IN ('task', 'interaction')")));
    }

    [Fact]
    public async Task A_lead_conversion_whose_deal_fails_creates_no_customer_company_or_deal_and_leaves_the_lead_as_it_was()
    {
        var lead = await (await host.Client.Post("/api/leads", new { name = "Sun Li", companyName = "Sun Trading", email = "sun.li@example.com" })).As<LeadRecord>();
        var interaction = await (await host.Client.Post("/api/interactions", new { leadId = lead.Id, kind = "call", occurredUtc = "2025-05-04T09:30:00Z", notes = "hello" })).As<InteractionRecord>();

        var response = await host.Client.Post($"/api/leads/{lead.Id}/convert", new { deal = new { title = "Explode the deal", value = 10m } });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("a step of plugin 'fixture' failed on deal.create; the change was rolled back", (await response.As<Problem>()).Detail);
        Assert.Equal((0L, 0L, 0L, 0L), (await CountAsync("customers"), await CountAsync("deals"), await CountAsync("companies"), await CountAsync("outbox")));
        Assert.Equal(0L, await CountAsync("audit", "\"Message\" IN ('lead.convert', 'customer.create', 'company.create', 'deal.create', 'interaction.update')"));
        Assert.Equal(lead, await host.Client.Get<LeadRecord>($"/api/leads/{lead.Id}"));
        Assert.Equal(interaction, await host.Client.Get<InteractionRecord>($"/api/interactions/{interaction.Id}"));
    }

    [Fact]
    public async Task A_lead_conversion_reaches_PostCommit_steps_as_the_whole_conversion()
    {
        var lead = await (await host.Client.Post("/api/leads", new { name = "Ma Chao" })).As<LeadRecord>();

        var conversion = await (await host.Client.Post($"/api/leads/{lead.Id}/convert", new { deal = new { title = "First order" } })).As<LeadConversion>();
        await host.DeliverOutboxAsync();

        Assert.Contains($"delivered lead.convert lead {lead.Id} New->Converted customer {conversion.Customer!.Id} deal {conversion.Deal!.Id}", File.ReadAllLines(Trace));
    }

    [Fact]
    public async Task PostCommit_runs_after_commit_from_the_outbox_with_images_user_and_shared_variables()
    {
        var created = await (await host.Client.Post("/api/customers", new { name = "Zhou Xun" })).As<CustomerRecord>();
        Assert.False(File.Exists(Trace)); // not yet: PostCommit is delivered from the outbox, not inline

        Assert.Equal(1, await host.DeliverOutboxAsync());

        Assert.Equal($"delivered customer.create {created.Id} Zhou Xun by apikey:test-kit seenAt=pre-operation", File.ReadAllLines(Trace)[1]);
        Assert.Equal(0, await host.DeliverOutboxAsync()); // delivered once, not again
    }

    [Fact]
    public async Task A_failing_PostCommit_step_is_retried_with_back_off_until_it_succeeds()
    {
        await host.DisposeAsync();
        host = await StartAsync(postCommitFailures: 2);
        await host.Client.Post("/api/customers", new { name = "Retry Me" });

        Assert.Equal(0, await host.DeliverOutboxAsync()); // attempt 1 fails
        Assert.Equal(0, await host.DeliverOutboxAsync()); // not due yet: back-off
        host.Clock.Advance(OutboxDispatcher.Backoff(1));
        Assert.Equal(0, await host.DeliverOutboxAsync()); // attempt 2 fails
        host.Clock.Advance(OutboxDispatcher.Backoff(2));
        Assert.Equal(1, await host.DeliverOutboxAsync()); // attempt 3 succeeds

        Assert.Equal(["attempt 1", "attempt 2", "attempt 3"], File.ReadAllLines(Trace).Where(l => l.StartsWith("attempt")));
    }

    [Fact]
    public async Task A_queued_PostCommit_step_survives_a_restart()
    {
        await host.Client.Post("/api/customers", new { name = "Survivor" });
        await host.DisposeAsync(); // the process "dies" before delivering

        host = await StartAsync(postCommitFailures: 0);

        Assert.Equal(1, await host.DeliverOutboxAsync());
        Assert.Contains("Survivor", File.ReadAllText(Trace));
    }

    [Fact]
    public async Task A_disabled_modules_steps_do_not_run()
    {
        await host.Client.PostAsync("/api/plugins/fixture/disable", null);

        var response = await host.Client.Post("/api/customers", new { name = "Blocked But Allowed" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty((await response.As<CustomerRecord>()).Tags);
        Assert.Equal((0L, 0L), (await CountAsync("fx_seen"), await CountAsync("outbox")));
    }

    [Fact]
    public async Task A_change_that_keeps_triggering_changes_is_stopped_at_the_depth_cap()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<MessagePipeline>();
        var depth = 0;

        PipelineRequest<CustomerRecord> Request() => new("customer.touch", "customer", ActingUser.System, null, null, async (_, ct) =>
        {
            depth++;
            return await pipeline.RunAsync(Request(), ct); // each change triggers another
        }, c => c.Id);

        var loop = await Assert.ThrowsAsync<PipelineDepthException>(() => pipeline.RunAsync(Request(), CancellationToken.None));
        Assert.Equal(MessagePipeline.MaxDepth, depth);
        Assert.Contains("past the limit of 8", loop.Message);
    }

    [Fact]
    public async Task A_plugin_message_may_change_only_a_declared_plugin_record_and_says_why_otherwise()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var messages = scope.ServiceProvider.GetRequiredService<IPluginMessages>();
        var lead = new LeadRecord(0, "Sneaky", null, null, null, null, null, null, null, null, null, null, null, LeadStatus.New, null, default, default, 0);
        Task<Exception> Refusal(string message) => Record.ExceptionAsync(() =>
            messages.RunAsync(new PluginMessage<LeadRecord>(message, ActingUser.System, null, lead, (l, _) => Task.FromResult(l)), default))!;

        Assert.Equal("lead.create changes a core record: use ICrmRecords, which runs the host's own checks", (await Refusal("lead.create")).Message);
        Assert.Equal("'parcel' is not a record type any loaded plugin registered; parcel.create cannot run through the pipeline", (await Refusal("parcel.create")).Message);
        Assert.Equal("ticket.archive is not declared: the plugin that owns 'ticket' declares its messages with AddMessage", (await Refusal("ticket.archive")).Message);
        Assert.Equal("ticket.create carries a TicketRecord, not a LeadRecord", (await Refusal("ticket.create")).Message);
        Assert.StartsWith("'ticket' is not a message name", (await Refusal("ticket")).Message);
        Assert.Equal(0, await CountAsync("leads"));
    }

    [Fact]
    public async Task A_plugin_message_is_audited_with_its_record_and_the_plugins_write_as_the_core_operation()
    {
        var (_, agent) = await host.SignedInUserAsync("agent@example.com", CrmRole.Manager);

        var stored = await agent.Post("/api/fixture/tickets", new { subject = "Late delivery" });

        Assert.Equal(42, (await stored.As<TicketRow>()).Id);
        var audited = await new CrmDbFile(data.Path).RowsAsync("SELECT \"Message\", \"RecordType\", \"RecordId\", \"UserName\", \"After\" FROM audit WHERE \"RecordType\" = 'ticket'");
        var row = Assert.Single(audited).Split('|', 5);
        Assert.Equal(["ticket.create", "ticket", "42", "agent@example.com"], row[..4]);
        Assert.Contains("\"subject\":\"Late delivery\"", row[4]);
    }

    private sealed record TicketRow(long Id, string Subject);

    [Fact]
    public async Task A_step_refusing_an_imported_row_is_a_row_error_in_the_report_and_nothing_is_written()
    {
        var csv = Path.Combine(data.Path, "customers.csv");
        await File.WriteAllTextAsync(csv, "Name,E-mail\nGood Co,good@example.com\nBlocked Ltd,blocked@example.com\n");
        await using var scope = host.Services.CreateAsyncScope();
        var session = ActivatorUtilities.CreateInstance<ImportSession>(scope.ServiceProvider, NoProgress.Instance);

        var report = await session.RunAsync(false, (s, ct) => scope.ServiceProvider.GetRequiredService<CustomerCsvImporter>()
            .ImportAsync(s, csv, CustomerCsvMapping.Parse("name=Name,email=E-mail", null), ct), CancellationToken.None);

        Assert.False(report.Committed);
        Assert.Equal([new ImportError("customers.csv", 3, "name", "names containing 'blocked' are not accepted by the fixture plugin")], report.Errors);
        Assert.Equal(0, await CountAsync("customers"));
    }
}
