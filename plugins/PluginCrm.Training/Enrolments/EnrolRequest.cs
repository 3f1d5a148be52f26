namespace PluginCrm.Training.Enrolments;

/// <summary>
/// Whom to enrol in a course, exactly one of: a customer, a company's contacts, a segment of customers (the customers
/// list's <paramref name="Filters"/>: <c>stage</c>, <c>tag</c>, <c>region</c>, <c>ownerId</c>, ...), a user or a team's
/// users. Customers for a customers' course, users for a staff course.
/// </summary>
public sealed record EnrolRequest(long? CustomerId = null, long? CompanyId = null, Dictionary<string, string>? Filters = null, long? UserId = null, long? TeamId = null);

/// <summary>
/// What enrolling a group came to: learners matched, enrolled now, already enrolled, refused for a prerequisite they
/// have not completed, and left out because the caller may not change them.
/// </summary>
public sealed record EnrolmentBatch(string Course, string Source, int Matched, int Enrolled, int AlreadyEnrolled, int MissingPrerequisites, int NotAllowed, IReadOnlyList<long> EnrolmentIds);
