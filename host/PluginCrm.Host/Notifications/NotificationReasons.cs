namespace PluginCrm.Host.Notifications;

/// <summary>Why a message was not queued or not delivered, as the SDK's <c>NotificationResult.Reason</c> and the send log say it.</summary>
public static class NotificationReasons
{
    public const string NoConsent = "no-consent";
    public const string NoAddress = "no-address";
    public const string AlreadySent = "already-sent";

    /// <summary>The customer or user does not exist, was deleted, or (a user) is inactive.</summary>
    public const string NoRecipient = "no-recipient";
}
