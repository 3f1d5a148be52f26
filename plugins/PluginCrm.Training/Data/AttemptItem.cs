namespace PluginCrm.Training.Data;

/// <summary>One question of an attempt: the answer given (JSON) and the share of its points earned, 0 to 1.</summary>
public sealed class AttemptItem
{
    public long Id { get; set; }
    public long AttemptId { get; set; }
    public string QuestionKey { get; set; } = "";
    public string Answer { get; set; } = "";
    public decimal Credit { get; set; }
}
