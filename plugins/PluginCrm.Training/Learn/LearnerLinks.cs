using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Notifications;
using PluginCrm.Sdk.Http;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Courses.Manage;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Learn;

/// <summary>
/// Makes a customer's personal link to a course (whoever may change the customer), e-mailed from the admin's template
/// when the customer agreed to be contacted.
/// </summary>
public sealed class LearnerLinks(
    TrainingDbContext db, CourseAdmin courses, ICrmRecords records, IRecordAccess access, ISettings<TrainingSettings> settings,
    IServiceProvider services, ICrmPublicAddress publicAddress, TimeProvider time)
{
    public async Task<LinkView> CreateAsync(string key, LinkRequest request, ActingUser user, CancellationToken ct)
    {
        if (request.CustomerId is not { } customerId)
            throw Invalid("customerId", "is required");
        var options = await settings.GetAsync(ct);
        if (request.ExpiresInDays is < 1 or > 365)
            throw Invalid("expiresInDays", "must be between 1 and 365 days");
        var course = await courses.FindAsync(key, ct);
        await access.DemandAsync(user, AccessRight.Change, new RecordRef(RecordTypes.Customer, customerId), ct);
        if (course.Status != CourseStatus.Published)
            throw new RecordConflictException($"course '{key}' is {course.Status}; links open a published course");
        if (course.Audience != Audiences.Customers)
            throw Invalid("customerId", $"course '{key}' is for staff: staff learn signed in");
        // The learner proves who it is with this address when it enrols: without one, whoever held the link would be let in.
        if (await records.FindAsync<CustomerRecord>(customerId, ct) is not { Email: { Length: > 0 } })
            throw Invalid("customerId", $"customer {customerId} has no e-mail address, which the link is checked against when the customer enrols");

        var token = LinkTokens.New();
        var now = time.GetUtcNow().UtcDateTime;
        var link = new LearnerLink
        {
            CourseId = course.Id, CustomerId = customerId, TokenHash = LinkTokens.Hash(token), CreatedByUserId = user.UserId, CreatedUtc = now,
            ExpiresUtc = now.AddDays(request.ExpiresInDays ?? options.LinkDays),
        };
        db.Links.Add(link);
        await db.SaveChangesAsync(ct);
        var address = $"{publicAddress.LinkBase(options.PublicBase)}/api/training/learn/{token}";
        var (emailed, reason) = await EmailAsync(options.CourseLinkTemplate, course, link, address, ct);
        return new LinkView(link.Id, course.Key, customerId, link.ExpiresUtc, token, address, emailed, reason);
    }

    private async Task<(bool Emailed, string? Reason)> EmailAsync(string template, Course course, LearnerLink link, string address, CancellationToken ct)
    {
        if (template.Length == 0)
            return (false, "no course link template: the link is not e-mailed");
        var customer = await records.FindAsync<CustomerRecord>(link.CustomerId, ct);
        if (customer is not { ConsentToContact: true })
            return (false, $"customer {link.CustomerId} has not agreed to be contacted: give the link in person");
        if (services.GetService<INotifications>() is not { } notifications)
            return (false, "no notifications in this host");
        var model = new Dictionary<string, object?> { ["course"] = course.Title, ["link"] = address, ["expires_utc"] = link.ExpiresUtc };
        try
        {
            var result = await notifications.QueueAsync(new Notification(template, NotificationRecipient.Customer(link.CustomerId), model, $"course-link:{link.Id}"), ct);
            return (result.Queued, result.Reason);
        }
        catch (InvalidOperationException ex)
        {
            return (false, ex.Message); // a template missing or failing: the link stands, it was shown
        }
    }

    private static RecordValidationException Invalid(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
