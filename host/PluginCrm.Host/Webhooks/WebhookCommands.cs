using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Webhooks.Subscriptions;
using PluginCrm.Sdk.Commands;

namespace PluginCrm.Host.Webhooks;

/// <summary><c>crm webhooks add|list|test|log|resume|remove</c>.</summary>
public sealed class WebhookCommands(ICommandHost host)
{
    public Command Create()
    {
        var url = new Option<string>("--url") { Description = "The receiver, an http(s) URL", Required = true };
        var messages = new Option<string[]>("--message") { Description = "A message to send, e.g. customer.create (repeat for more)", Required = true, AllowMultipleArgumentsPerToken = true };
        var filter = new Option<string?>("--filter") { Description = "Only records that pass this rule, e.g. 'record.total >= 1000'" };
        var description = new Option<string?>("--description") { Description = "What it is for" };
        var add = new Command("add", "Subscribe a URL to messages; prints the signing secret once") { url, messages, filter, description };
        add.SetAction((parse, ct) => host.WithAsync<WebhookSubscriptions>(parse, ct, async subscriptions =>
        {
            var created = await subscriptions.AddAsync(new NewWebhook(parse.GetValue(url), parse.GetValue(messages), parse.GetValue(filter), parse.GetValue(description)), ct);
            Console.WriteLine($"webhook {created.Webhook.Id} to {created.Webhook.Url} for {string.Join(", ", created.Webhook.Messages)}");
            Console.WriteLine($"signing secret (shown once): {created.Secret}");
        }));

        var list = new Command("list", "List subscriptions");
        list.SetAction((parse, ct) => host.WithAsync<WebhookSubscriptions>(parse, ct, async subscriptions =>
            TextTable.Print(Console.Out, ["ID", "URL", "MESSAGES", "FILTER", "STATE", "FAILURES"], (await subscriptions.ListAsync(ct)).Select(w => new[]
            {
                w.Id.ToString(), w.Url, string.Join(",", w.Messages), w.Filter ?? "", w.Paused ? $"paused {w.PausedUtc:u}" : "active", w.ConsecutiveFailures.ToString(),
            }))));

        var id = new Argument<long>("id") { Description = "The subscription's id, from 'crm webhooks list'" };
        var test = new Command("test", "Send a signed webhook.test ping now and say what the receiver answered") { id };
        test.SetAction((parse, ct) => host.WithAsync<WebhookSubscriptions>(parse, ct, async subscriptions =>
        {
            var entry = await subscriptions.TestAsync(parse.GetValue(id), ct);
            var answer = $"{entry.StatusCode?.ToString() ?? "no answer"} in {entry.DurationMs} ms";
            if (!entry.Succeeded)
                throw new CliException($"the test ping failed: {answer} ({entry.Error})", exitCode: 1);
            Console.WriteLine($"delivered: {answer}");
        }));

        var limit = new Option<int>("--limit") { Description = "How many attempts, newest first", DefaultValueFactory = _ => 50 };
        var log = new Command("log", "The delivery log: each attempt, its answer and response time") { id, limit };
        log.SetAction((parse, ct) => host.WithAsync<WebhookSubscriptions>(parse, ct, async subscriptions =>
            TextTable.Print(Console.Out, ["AT", "MESSAGE", "EVENT", "TRY", "STATUS", "MS", "DELIVERY", "ERROR"], (await subscriptions.LogAsync(parse.GetValue(id), parse.GetValue(limit), ct)).Select(e => new[]
            {
                e.AttemptedUtc.ToString("u"), e.Message, e.EventId, e.Attempt.ToString(), e.StatusCode?.ToString() ?? "-", e.DurationMs.ToString(), e.DeliveryStatus, e.Error ?? "",
            }))));

        var resume = new Command("resume", "Resume a paused subscription; what it held is sent at once") { id };
        resume.SetAction((parse, ct) => host.WithAsync<WebhookSubscriptions>(parse, ct, async subscriptions =>
        {
            await subscriptions.ResumeAsync(parse.GetValue(id), ct);
            Console.WriteLine($"webhook {parse.GetValue(id)} resumed");
        }));
        var remove = new Command("remove", "Remove a subscription with what it has queued and its log") { id };
        remove.SetAction((parse, ct) => host.WithAsync<WebhookSubscriptions>(parse, ct, async subscriptions =>
        {
            await subscriptions.RemoveAsync(parse.GetValue(id), ct);
            Console.WriteLine($"webhook {parse.GetValue(id)} removed");
        }));
        return new Command("webhooks", "Send messages to other systems, signed and retried") { add, list, test, log, resume, remove };
    }
}
