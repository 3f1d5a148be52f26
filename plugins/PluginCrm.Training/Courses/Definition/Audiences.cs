namespace PluginCrm.Training.Courses.Definition;

/// <summary>Who a course is for: customers learn to use the product, staff learn service and sales skills.</summary>
public static class Audiences
{
    public const string Customers = "customers";
    public const string Staff = "staff";

    public static readonly IReadOnlyList<string> All = [Customers, Staff];
}
