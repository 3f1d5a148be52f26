namespace PluginCrm.Host.Webhooks.Subscriptions;

/// <summary>A subscription as an admin writes it: the receiver, the messages, and optionally a filter over the record.</summary>
/// <param name="Url">An http(s) URL; loopback and private addresses only where the host allows them.</param>
/// <param name="Messages">Messages of the catalogue (<c>GET /api/webhooks/messages</c>), e.g. <c>customer.create</c>.</param>
/// <param name="Filter">A rule over <c>record</c>, <c>before</c> and <c>message</c>, e.g. <c>record.total &gt;= 1000</c>.</param>
/// <param name="Description">What it is for.</param>
public sealed record NewWebhook(string? Url, IReadOnlyList<string>? Messages, string? Filter, string? Description);
