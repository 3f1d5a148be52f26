namespace PluginCrm.Sdk.Notifications;

/// <summary>
/// Sends messages rendered from message templates. A message is queued in the outbox of the current change, so it
/// goes only if the change commits, and is delivered at least once after it: to a user's in-app inbox, or to a
/// customer by e-mail (SMTP when configured, else an <c>.eml</c> file in the mail-drop folder). Every send is logged
/// with the template version it used.
/// </summary>
public interface INotifications
{
    /// <summary>
    /// Queues <paramref name="notification"/>. Nothing is queued, and the result says why, when the customer
    /// withdrew consent, has no e-mail address, or already had a message for the same <see cref="Notification.Occasion"/>.
    /// Call it from a PostOperation step (or a job), not PreValidation: only there does the message share the change's
    /// transaction. A missing, non-message or failing template throws <see cref="InvalidOperationException"/> saying so.
    /// </summary>
    Task<NotificationResult> QueueAsync(Notification notification, CancellationToken cancellationToken);

    /// <summary>
    /// Takes back the message of <paramref name="occasion"/> to <paramref name="recipient"/> while it still waits for its
    /// <see cref="Notification.NotBeforeUtc"/> (or its first delivery), e.g. a complaint follow-up when the complaint is
    /// reopened; the occasion is free again. Returns false when there is no such message or it is already on its way.
    /// Like <see cref="QueueAsync"/>, it joins the current change's transaction.
    /// </summary>
    Task<bool> WithdrawAsync(NotificationRecipient recipient, string occasion, CancellationToken cancellationToken);
}

/// <summary>A message to send.</summary>
/// <param name="TemplateKey">The message template to render, e.g. <c>care.birthday</c>.</param>
/// <param name="Recipient">Who receives it.</param>
/// <param name="Model">The template's model (as for <c>IRuleEvaluator</c>); a customer recipient is added as <c>customer</c>, a user as <c>user</c>.</param>
/// <param name="Occasion">
/// A key that makes the message once-only per recipient, e.g. <c>birthday:2026</c> or <c>order-follow-up:1234</c>;
/// a second message with the same recipient and occasion is not queued, even after a restart. Null: no such check.
/// </param>
public sealed record Notification(string TemplateKey, NotificationRecipient Recipient, IReadOnlyDictionary<string, object?> Model, string? Occasion = null)
{
    /// <summary>
    /// Deliver no earlier than this (UTC), e.g. a follow-up days after the event; null: as soon as possible. The message
    /// is rendered when queued; consent is checked again when it is delivered.
    /// </summary>
    public DateTime? NotBeforeUtc { get; init; }
}

/// <summary>A user (in-app inbox) or a customer (e-mail).</summary>
/// <param name="UserId">A user's id, for the in-app inbox.</param>
/// <param name="CustomerId">A customer's id, for e-mail.</param>
public sealed record NotificationRecipient(long? UserId, long? CustomerId)
{
    /// <summary>A user, in the in-app inbox.</summary>
    public static NotificationRecipient User(long userId) => new(userId, null);

    /// <summary>A customer, by e-mail.</summary>
    public static NotificationRecipient Customer(long customerId) => new(null, customerId);
}

/// <summary>What became of a notification.</summary>
/// <param name="Queued">True when it is in the outbox.</param>
/// <param name="Reason">Why not, when it was not: <c>no-consent</c>, <c>no-address</c>, <c>already-sent</c>, or <c>no-recipient</c> (no such customer or active user).</param>
public sealed record NotificationResult(bool Queued, string? Reason = null);
