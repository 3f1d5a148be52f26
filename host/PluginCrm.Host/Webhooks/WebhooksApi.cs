using PluginCrm.Host.Access;
using PluginCrm.Host.Webhooks.Subscriptions;

namespace PluginCrm.Host.Webhooks;

/// <summary><c>/api/webhooks</c>: an admin's subscriptions, the message catalogue, a test ping, resuming, the delivery log.</summary>
public static class WebhooksApi
{
    public static void MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("/api/webhooks").RequireAuthorization(AccessPolicies.Admin).WithTags("Webhooks");
        hooks.MapGet("/", (WebhookSubscriptions subscriptions, CancellationToken ct) => subscriptions.ListAsync(ct));
        hooks.MapGet("/messages", (WebhookRules rules) => rules.Catalogue);
        hooks.MapPost("/", async (NewWebhook input, WebhookSubscriptions subscriptions, CancellationToken ct) =>
        {
            var created = await subscriptions.AddAsync(input, ct);
            return TypedResults.Created($"/api/webhooks/{created.Webhook.Id}", created);
        });
        hooks.MapGet("/{id:long}", (long id, WebhookSubscriptions subscriptions, CancellationToken ct) => subscriptions.GetAsync(id, ct));
        hooks.MapPut("/{id:long}", (long id, NewWebhook input, WebhookSubscriptions subscriptions, CancellationToken ct) => subscriptions.UpdateAsync(id, input, ct));
        hooks.MapDelete("/{id:long}", async (long id, WebhookSubscriptions subscriptions, CancellationToken ct) =>
        {
            await subscriptions.RemoveAsync(id, ct);
            return TypedResults.NoContent();
        });
        hooks.MapPost("/{id:long}/resume", (long id, WebhookSubscriptions subscriptions, CancellationToken ct) => subscriptions.ResumeAsync(id, ct));
        hooks.MapPost("/{id:long}/test", (long id, WebhookSubscriptions subscriptions, CancellationToken ct) => subscriptions.TestAsync(id, ct));
        hooks.MapGet("/{id:long}/log", (long id, int? limit, WebhookSubscriptions subscriptions, CancellationToken ct) => subscriptions.LogAsync(id, limit ?? 50, ct));
    }
}
