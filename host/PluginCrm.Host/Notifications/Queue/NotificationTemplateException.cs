namespace PluginCrm.Host.Notifications.Queue;

/// <summary>
/// The message template is missing, not a message template, or failed to render. An <see cref="InvalidOperationException"/>
/// so that plugins, which cannot see host types, catch it as that; the message says what an admin must fix.
/// </summary>
public sealed class NotificationTemplateException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
