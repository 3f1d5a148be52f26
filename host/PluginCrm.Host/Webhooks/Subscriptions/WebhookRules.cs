using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Api;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Templates.Preview;
using PluginCrm.Host.Templates.Rules;
using PluginCrm.Host.Webhooks.Delivery;
using PluginCrm.Host.Webhooks.Queue;

namespace PluginCrm.Host.Webhooks.Subscriptions;

/// <summary>
/// What a subscription must be: an http(s) URL that leads outside the host's networks (unless the host allows them),
/// messages of the catalogue, and a filter that parses and reads only what the message's record has.
/// </summary>
public sealed class WebhookRules(MessageCatalog catalog, RuleEngine rules, IOptions<WebhookOptions> options)
{
    public async Task<(string Url, List<string> Messages, string? Filter, string? Description)> CheckAsync(NewWebhook input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var url = await UrlAsync(input.Url, errors, ct);
        var messages = Messages(input.Messages, errors);
        var filter = string.IsNullOrWhiteSpace(input.Filter) ? null : input.Filter.Trim();
        if (filter is { Length: > 2000 })
            errors.Add("filter", "must be at most 2000 characters");
        else if (filter is not null)
            foreach (var problem in FilterProblems(filter, messages))
                errors.Add("filter", problem);
        var description = FieldRules.Text(input.Description, "description", 200, errors);
        errors.ThrowIfAny();
        return (url!, messages, filter, description);
    }

    /// <summary>Every message a webhook may ask for: the core ones and the loaded plugins'.</summary>
    public IReadOnlyList<string> Catalogue => catalog.Known.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private async Task<string?> UrlAsync(string? value, FieldErrors errors, CancellationToken ct)
    {
        var text = FieldRules.Text(value, "url", 2000, errors, required: true);
        if (text is null)
            return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("url", "must be an absolute http or https URL, e.g. https://shop.example.com/crm-hook");
            return null;
        }
        if (!string.IsNullOrEmpty(uri.UserInfo))
            errors.Add("url", "must not carry a user name or password: the signature proves who sends");
        else if (!options.Value.AllowPrivateNetworks && await LeadsInsideAsync(uri, ct))
            errors.Add("url", $"{uri.Host} is a loopback or private address, which this host does not allow webhooks to reach (Webhooks:AllowPrivateNetworks)");
        return uri.AbsoluteUri;
    }

    // A name that does not resolve now is taken: the receiver may not be up yet, and each delivery checks again.
    private static async Task<bool> LeadsInsideAsync(Uri uri, CancellationToken ct)
    {
        if (IPAddress.TryParse(uri.IdnHost, out var literal))
            return NetworkAddresses.IsPrivate(literal);
        try
        {
            var addresses = await NetworkAddresses.ResolveAsync(uri.IdnHost, ct);
            return addresses.Length > 0 && addresses.All(NetworkAddresses.IsPrivate);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private List<string> Messages(IReadOnlyList<string>? values, FieldErrors errors)
    {
        var known = Catalogue.ToHashSet(StringComparer.Ordinal);
        var messages = (values ?? []).Select(v => v?.Trim() ?? "").ToList();
        if (messages.Count == 0)
            errors.Add("messages", $"name at least one message, e.g. customer.create; the catalogue: GET /api/webhooks/messages");
        for (var i = 0; i < messages.Count; i++)
            if (!known.Contains(messages[i]))
                errors.Add($"messages[{i}]", $"'{messages[i]}' is not a message of this host; the catalogue: GET /api/webhooks/messages");
        return messages.Distinct(StringComparer.Ordinal).ToList();
    }

    // Checked against the sample of each message's record type where the host has one (core records); for a plugin's
    // record, the filter must parse and every member it names is checked when it runs.
    private IEnumerable<string> FilterProblems(string filter, List<string> messages)
    {
        var samples = messages.Select(m => m.Split('.')[0]).Distinct().Select(type => SampleRecords.All.GetValueOrDefault(type)).ToList();
        if (samples.Count == 0 || samples.Any(s => s is null))
            return rules.Validate(filter, new Dictionary<string, object?> { ["message"] = messages.FirstOrDefault() }, completeModel: false);
        return samples.SelectMany(sample => rules.Validate(filter, WebhookQueue.FilterModel(messages[0], sample, sample), completeModel: true)).Distinct();
    }
}
