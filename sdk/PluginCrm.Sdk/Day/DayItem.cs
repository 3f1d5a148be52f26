using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Day;

/// <summary>One entry of a user's day.</summary>
/// <param name="Record">The record it is about (<c>customer:42</c>), so a client can link it.</param>
/// <param name="Title">What to show: a name or a subject.</param>
/// <param name="DueUtc">When something happens to it (a deadline, a reclaim), if anything does.</param>
/// <param name="Detail">One line more: why it is here (or <see cref="DetailText"/>, to have it shown in the user's language).</param>
public sealed record DayItem(RecordRef Record, string Title, DateTime? DueUtc = null, string? Detail = null)
{
    /// <summary>The detail as a line the console translates with the plugin's own translations; the API shows its English.</summary>
    public DayText? DetailText { get; init; }
}
