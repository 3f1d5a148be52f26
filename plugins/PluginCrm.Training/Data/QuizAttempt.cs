namespace PluginCrm.Training.Data;

/// <summary>One attempt at a quiz lesson: its score and, per question, the credit earned (<see cref="AttemptItem"/>).</summary>
public sealed class QuizAttempt
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    public string LessonKey { get; set; } = "";
    public int Number { get; set; }
    public decimal Points { get; set; }
    public decimal MaxPoints { get; set; }
    public decimal Percent { get; set; }
    public bool Passed { get; set; }
    public DateTime SubmittedUtc { get; set; }
    public List<AttemptItem> Items { get; set; } = [];
}
