using PluginCrm.Feedback.Complaints.Access;
using PluginCrm.Sdk.Access;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Complaints.Actions;

/// <summary>What an action sees: the complaint as stored, the time, the settings, who acts and whom it may assign; and where field errors go.</summary>
public sealed record ActionContext(ComplaintRecord Current, DateTime Now, FeedbackSettings Settings, ActingUser User, Assignees Assignees)
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public const int MaxText = 10_000;

    /// <summary>Trims <paramref name="text"/> or records why it is refused.</summary>
    public string RequiredText(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            Errors[field] = ["is required"];
        else if (text.Length > MaxText)
            Errors[field] = [$"is {text.Length} characters; the limit is {MaxText}"];
        return text?.Trim() ?? "";
    }

    /// <summary>Null when the complaint's status is one of <paramref name="allowed"/>, else the refusal naming the status.</summary>
    public ActionStep? Unless(ComplaintStatus[] allowed, string remedy) => allowed.Contains(Current.Status)
        ? null
        : ActionStep.Refused($"complaint {Current.Id} is {StatusText(Current.Status)}: {remedy}");

    public static string StatusText(ComplaintStatus status) => status == ComplaintStatus.InProgress ? "in progress" : status.ToString().ToLowerInvariant();
}

/// <summary>What an action decided: the complaint as it becomes (null: timeline only) and the timeline text, or a refusal.</summary>
public sealed record ActionStep(ComplaintRecord? Target, string? Text, string? Refusal)
{
    public static ActionStep To(ComplaintRecord target, string? text) => new(target, text, null);
    public static ActionStep TimelineOnly(string text) => new(null, text, null);
    public static ActionStep Refused(string why) => new(null, null, why);
}
