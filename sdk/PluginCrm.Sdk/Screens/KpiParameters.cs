namespace PluginCrm.Sdk.Screens;

/// <summary>The KPI screen's choices a widget's endpoint can take (<see cref="Widget.Parameters"/>), by their query names.</summary>
public static class KpiParameters
{
    /// <summary>The period's first day, <c>yyyy-MM-dd</c>.</summary>
    public const string From = "from";

    /// <summary>The day after the period, <c>yyyy-MM-dd</c>.</summary>
    public const string To = "to";

    /// <summary>The buckets of a series: <c>day</c>, <c>week</c> or <c>month</c>.</summary>
    public const string By = "by";

    /// <summary>One team's id.</summary>
    public const string TeamId = "teamId";

    /// <summary>One rep's user id.</summary>
    public const string OwnerId = "ownerId";

    /// <summary>Every name, in the order the screen sends them.</summary>
    public static IReadOnlyList<string> All { get; } = [From, To, By, TeamId, OwnerId];
}
