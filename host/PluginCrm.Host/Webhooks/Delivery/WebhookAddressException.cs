namespace PluginCrm.Host.Webhooks.Delivery;

/// <summary>A receiver's host name leads only to addresses the host may not reach (see <see cref="NetworkAddresses"/>).</summary>
public sealed class WebhookAddressException(string message) : Exception(message);
