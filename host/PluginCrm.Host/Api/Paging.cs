namespace PluginCrm.Host.Api;

/// <summary>Page and page size of the inbox and the send log, checked as the record lists check them.</summary>
public static class Paging
{
    /// <summary>The largest page any list serves.</summary>
    public const int MaxPageSize = 500;

    public static (int Page, int PageSize) Check(int? page, int? pageSize)
    {
        var errors = new FieldErrors();
        if (page is < 1)
            errors.Add("page", "must be 1 or more");
        if (pageSize is < 1 or > MaxPageSize)
            errors.Add("pageSize", $"must be between 1 and {MaxPageSize}");
        errors.ThrowIfAny();
        return (page ?? 1, pageSize ?? 50);
    }
}
