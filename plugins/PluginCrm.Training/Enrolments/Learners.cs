using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Enrolments;

/// <summary>
/// Turns an <see cref="EnrolRequest"/> into the learners it names, as the host's access contract allows: a single learner
/// the caller may not change is refused (404 unseen, 403 read only); of a group, those it may not change are left out.
/// </summary>
public sealed class Learners(ICrmRecords records, IRecordAccess access, ICrmDirectory directory)
{
    /// <summary>Who the request names: the source word, the learners the caller may enrol, and how many it matched.</summary>
    public async Task<LearnerSet> ResolveAsync(Course course, EnrolRequest request, ActingUser user, CancellationToken ct)
    {
        var given = new (string Field, bool Set)[]
        {
            ("customerId", request.CustomerId is not null), ("companyId", request.CompanyId is not null), ("filters", request.Filters is not null),
            ("userId", request.UserId is not null), ("teamId", request.TeamId is not null),
        }.Where(g => g.Set).Select(g => g.Field).ToList();
        if (given.Count != 1)
            throw Invalid(given.Count == 0 ? "customerId" : given[1], "name exactly one of customerId, companyId, filters, userId, teamId");
        var field = given[0];
        var forStaff = course.Audience == Audiences.Staff;
        if (forStaff != field is "userId" or "teamId")
            throw Invalid(field, forStaff
                ? $"course '{course.Key}' is for staff: enrol a user or a team"
                : $"course '{course.Key}' is for customers: enrol a customer, a company's contacts or a segment");

        switch (field)
        {
            case "customerId":
                await access.DemandAsync(user, AccessRight.Change, new RecordRef(RecordTypes.Customer, request.CustomerId!.Value), ct);
                return LearnerSet.One("customer", customerId: request.CustomerId);
            case "userId":
                await access.DemandAsync(user, AccessRight.Change, new RecordRef(RecordTypes.User, request.UserId!.Value), ct);
                return LearnerSet.One("user", userId: request.UserId);
            case "companyId":
                await access.DemandAsync(user, AccessRight.Read, new RecordRef(RecordTypes.Company, request.CompanyId!.Value), ct);
                return await CustomersAsync("company", new Dictionary<string, string> { ["companyId"] = $"{request.CompanyId}" }, user, ct);
            case "filters":
                return await CustomersAsync("segment", request.Filters!, user, ct);
            default:
                var team = (await directory.TeamsAsync(ct)).SingleOrDefault(t => t.Id == request.TeamId)
                    ?? throw new RecordNotFoundException($"there is no team {request.TeamId}");
                var members = (await directory.UsersAsync(ct)).Where(u => u.TeamId == team.Id && u.Active).Select(u => u.Id).ToList();
                var allowed = await access.FilterAsync(user, AccessRight.Change, RecordTypes.User, members, ct);
                if (members.Count > 0 && allowed.Count == 0)
                    throw new RecordAccessDeniedException($"you may not enrol the users of team {team.Id}", hidesExistence: false);
                return new LearnerSet("team", members.Count, members.Count - allowed.Count, [], allowed.Order().ToList());
        }
    }

    // The customers the caller reads that match, less those it may not change.
    private async Task<LearnerSet> CustomersAsync(string source, IReadOnlyDictionary<string, string> filters, ActingUser user, CancellationToken ct)
    {
        var matched = new List<long>();
        await foreach (var customer in records.QueryAsync<CustomerRecord>(filters, user, ct))
            matched.Add(customer.Id);
        var allowed = await access.FilterAsync(user, AccessRight.Change, RecordTypes.Customer, matched, ct);
        return new LearnerSet(source, matched.Count, matched.Count - allowed.Count, allowed.Order().ToList(), []);
    }

    private static RecordValidationException Invalid(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
