namespace PluginCrm.Feedback.Data;

/// <summary>A survey: its draft definition (JSON) and, once published, its versions (<see cref="SurveyVersion"/>).</summary>
public sealed class Survey
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>draft (never published), published (answered) or closed (no more answers).</summary>
    public string Status { get; set; } = SurveyStatus.Draft;
    public bool Anonymous { get; set; }

    /// <summary>The definition as last saved; publishing it makes a version when it differs from the last one.</summary>
    public string Draft { get; set; } = "";

    /// <summary>The version answered now; 0 before the first publication.</summary>
    public int CurrentVersion { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
