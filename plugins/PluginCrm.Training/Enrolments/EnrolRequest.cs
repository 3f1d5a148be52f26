namespace PluginCrm.Training.Enrolments;

/// <summary>
/// Whom to enrol in a course, exactly one of: a customer, a company's contacts, a segment of customers (the customers
/// list's <paramref name="Filters"/>: <c>stage</c>, <c>tag</c>, <c>region</c>, <c>ownerId</c>, ...), a user or a team's
/// users. Customers for a customers' course, users for a staff course.
/// </summary>
public sealed record EnrolRequest(long? CustomerId = null, long? CompanyId = null, Dictionary<string, string>? Filters = null, long? UserId = null, long? TeamId = null);
