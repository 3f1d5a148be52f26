using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Day;

/// <summary>
/// A section a module adds to a user's day (<c>GET /api/me/day</c>), such as "customers about to be reclaimed into the
/// pool". Added with <c>IPluginBuilder.AddDaySection</c>; a scoped service with constructor injection, asked once per
/// request, only while the module is enabled. The host shows an item only if the user may read its record
/// (<see cref="IRecordAccess"/>), so a section lists the user's own work and need not filter for access itself.
/// </summary>
public interface IDaySection
{
    /// <summary>The section's key within the plugin, lower-case (<c>reclaim-soon</c>); the day shows it as <c>&lt;plugin-id&gt;.&lt;key&gt;</c>.</summary>
    string Key { get; }

    /// <summary>The section's title, as the user reads it.</summary>
    string Title { get; }

    /// <summary>
    /// The section's items for <paramref name="user"/> on <paramref name="day"/>, in the order to show them: the user's own
    /// work (what it owns or is given), not its team's. A throw leaves the section out of the day and is logged.
    /// </summary>
    Task<IReadOnlyList<DayItem>> ItemsAsync(ActingUser user, DayWindow day, CancellationToken cancellationToken);
}
