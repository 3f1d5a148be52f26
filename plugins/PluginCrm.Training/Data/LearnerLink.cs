namespace PluginCrm.Training.Data;

/// <summary>
/// A customer's personal link to a course, for a learner without an account: only its SHA-256 is kept, so the link is
/// shown once. It enrols that customer and no one else, and serves its lessons and quizzes until it expires.
/// </summary>
public sealed class LearnerLink
{
    public long Id { get; set; }
    public long CourseId { get; set; }
    public long CustomerId { get; set; }
    public string TokenHash { get; set; } = "";
    public long? CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public long? EnrolmentId { get; set; }
}
