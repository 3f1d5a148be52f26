namespace PluginCrm.Host.Idempotency;

/// <summary>Safe retries of API writes: a POST, PUT or PATCH sent with an <c>Idempotency-Key</c> runs once per caller and key.</summary>
public static class IdempotencyFeature
{
    /// <summary>After access and the module gate, so a retry is answered only to whoever could send it.</summary>
    public static void UseIdempotentRetries(this WebApplication app) => app.UseMiddleware<IdempotencyMiddleware>();
}
