namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>
/// Asks every customer of a segment: <paramref name="Filters"/> are the customers list's (<c>stage</c>, <c>tag</c>,
/// <c>region</c>, <c>ownerId</c>, <c>teamId</c>, <c>q</c>, ...), over the customers the caller reads, narrowed by value
/// scoring's latest RFM segment (<paramref name="ValueSegment"/>: <c>champions</c>, <c>at-risk</c>, ...) or ABC class
/// (<paramref name="ValueClass"/>: <c>A</c>, <c>B</c>, <c>C</c>) when given.
/// </summary>
public sealed record SegmentRequest(Dictionary<string, string>? Filters, int? ExpiresInDays = null, string? ValueSegment = null, string? ValueClass = null);

/// <summary>What a segment's wave came to: customers matched, invited, e-mailed, and those left out and why.</summary>
public sealed record SegmentInvitation(string Survey, string Wave, int Matched, int Invited, int Emailed, int WithoutConsent, int InQuietPeriod);
