namespace PluginCrm.Training.Data;

/// <summary>A lesson an enrolled learner has done (a quiz lesson: passed).</summary>
public sealed class LessonProgress
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    public string LessonKey { get; set; } = "";
    public DateTime DoneUtc { get; set; }
}
