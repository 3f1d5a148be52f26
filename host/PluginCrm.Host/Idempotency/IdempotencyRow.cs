namespace PluginCrm.Host.Idempotency;

/// <summary>
/// A write sent with an <c>Idempotency-Key</c>: who sent it under which key, a hash of what was sent, and once handled
/// the answer, replayed to a retry of the same request.
/// </summary>
public sealed class IdempotencyRow
{
    public long Id { get; set; }
    public string Caller { get; set; } = "";
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public DateTime CreatedUtc { get; set; }

    /// <summary>Null while the first request is still being handled.</summary>
    public int? Status { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public byte[]? Body { get; set; }
}
