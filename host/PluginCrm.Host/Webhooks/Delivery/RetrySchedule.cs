namespace PluginCrm.Host.Webhooks.Delivery;

/// <summary>When a failed delivery is tried again: soon at first, then further apart, for about a day and a half.</summary>
public static class RetrySchedule
{
    private static readonly TimeSpan[] Waits =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(14),
    ];

    /// <summary>Attempts in all, the first included.</summary>
    public static int MaxAttempts => Waits.Length + 1;

    /// <summary>The wait after the <paramref name="attempts"/>th failed attempt; null when that was the last.</summary>
    public static TimeSpan? After(int attempts) => attempts >= 1 && attempts <= Waits.Length ? Waits[attempts - 1] : null;
}
