using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PluginCrm.Host.Timeline;

/// <summary>
/// Where a page ended: the last entry's time, source and sequence. The merged timeline is ordered by exactly these three,
/// newest first, so the next page starts strictly after it, whatever shares its timestamp. Opaque to callers (base64url).
/// </summary>
public sealed record TimelineCursor(DateTime WhenUtc, string Source, long Sequence)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{WhenUtc.Ticks.ToString(CultureInfo.InvariantCulture)}:{Sequence.ToString(CultureInfo.InvariantCulture)}:{Source}"));

    public static TimelineCursor? TryDecode(string text)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':', 3);
            if (parts.Length == 3
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
                && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var sequence)
                && parts[2].Length > 0)
                return new TimelineCursor(new DateTime(ticks, DateTimeKind.Utc), parts[2], sequence);
        }
        catch (FormatException)
        {
        }
        return null;
    }

    /// <summary>The window of <paramref name="source"/> that holds exactly its entries after this position.</summary>
    public Sdk.Timeline.TimelineWindow WindowOf(string source, int limit) => string.CompareOrdinal(source, Source) switch
    {
        0 => new(WhenUtc, Sequence, limit),
        < 0 => new(WhenUtc, long.MaxValue, limit), // at the same time, a source ordered after this one comes after it
        _ => new(WhenUtc, long.MinValue, limit),   // ... and one ordered before it was shown already
    };
}
