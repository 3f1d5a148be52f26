using PluginCrm.Host.Access;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Templates.Preview;

/// <summary>Built-in sample records, so an admin can try a template before any real record exists.</summary>
public static class SampleRecords
{
    private static readonly DateTime Created = new(2025, 1, 6, 9, 30, 0, DateTimeKind.Utc);

    public static readonly IReadOnlyDictionary<string, object?> All = new Dictionary<string, object?>
    {
        ["customer"] = new CustomerRecord(1, "王芳", CustomerKind.Person, 1, "wang.fang@example.com", "+86 10 1234 5678", new DateOnly(1988, 3, 14),
            "web", "east", "zh", 1, null, LifecycleStage.Customer, ["vip"], true, null, Created, Created, 1),
        ["company"] = new CompanyRecord(1, "Acme Trading", "retail", "east", 120, 4_500_000m, null, Created, Created, 1),
        ["lead"] = new LeadRecord(1, "Li Lei", "Acme Trading", "li.lei@example.com", null, "web", "east", "retail", "zh", "GTX Pro",
            12_000m, 1, null, LeadStatus.New, null, Created, Created, 1),
        ["deal"] = new DealRecord(1, "GTX Pro for Acme", 1, 1, 1, 1, null, DealStage.Won, 12_000m, new DateOnly(2025, 1, 6), new DateOnly(2025, 2, 3),
            null, Created, Created, 1),
        ["order"] = new OrderRecord(1, "SO-1001", 1, Created, 59.8m, "CNY", [new OrderLineRecord(null, "Tea", 2, 29.9m)], Created, Created, 1),
        ["task"] = new TaskRecord(1, "Call back about the GTX Pro offer", null, Created.AddDays(1), 1, null, TaskPriority.High, false, null, "customer:1",
            Created, Created, 1),
        ["user"] = new UserView(1, "anna@example.com", "Anna Snelling", CrmRole.Rep, null, true),
    };
}
