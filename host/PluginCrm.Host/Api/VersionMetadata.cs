namespace PluginCrm.Host.Api;

/// <summary>
/// Endpoint metadata of an operation that sends a record's version as an <c>ETag</c> or reads it from <c>If-Match</c>,
/// which the handler does on <see cref="HttpContext"/> where no description can see it (so the OpenAPI document describes it from this).
/// </summary>
/// <param name="SendsETag">The 2xx answer carries <c>ETag: "&lt;version&gt;"</c>.</param>
/// <param name="IfMatch">Whether <c>If-Match</c> is read, and whether a missing one is a 428.</param>
public sealed record VersionMetadata(bool SendsETag, IfMatchUse IfMatch);
