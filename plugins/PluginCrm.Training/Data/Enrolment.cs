namespace PluginCrm.Training.Data;

/// <summary>
/// One learner in one course, on the version current when enrolled: a customer (<see cref="CustomerId"/>) or a member
/// of staff (<see cref="UserId"/>), never both. Completed when every lesson is done and every quiz passed.
/// </summary>
public sealed class Enrolment
{
    public long Id { get; set; }
    public long CourseId { get; set; }
    public int VersionNumber { get; set; }
    public long? CustomerId { get; set; }
    public long? UserId { get; set; }

    /// <summary>How the learner came: customer, company, segment, user, team, link (self-enrolment).</summary>
    public string Source { get; set; } = "";
    public long? EnrolledByUserId { get; set; }
    public DateTime EnrolledUtc { get; set; }
    public int LessonsDone { get; set; }
    public int LessonsTotal { get; set; }
    public DateTime? CompletedUtc { get; set; }
}
