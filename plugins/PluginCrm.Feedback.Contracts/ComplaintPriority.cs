namespace PluginCrm.Feedback.Contracts;

/// <summary>How urgent a complaint is; each priority has its own deadlines.</summary>
public enum ComplaintPriority
{
    /// <summary>Low.</summary>
    Low,

    /// <summary>Normal.</summary>
    Normal,

    /// <summary>High.</summary>
    High,

    /// <summary>Urgent.</summary>
    Urgent,
}
