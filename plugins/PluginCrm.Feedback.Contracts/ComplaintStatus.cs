namespace PluginCrm.Feedback.Contracts;

/// <summary>A complaint's handling: open (not yet answered), in progress, resolved (the customer was told the outcome), closed.</summary>
public enum ComplaintStatus
{
    /// <summary>Received, not yet answered.</summary>
    Open,

    /// <summary>Answered and being worked on.</summary>
    InProgress,

    /// <summary>Resolved; the customer was told what was done.</summary>
    Resolved,

    /// <summary>Closed; reopening starts it again.</summary>
    Closed,
}
