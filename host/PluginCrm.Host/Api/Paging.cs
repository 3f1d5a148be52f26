using PluginCrm.Host.Api;
using PluginCrm.Host.Records;

namespace PluginCrm.Host.Api;

/// <summary>Page and page size of the inbox and the send log, checked as the record lists check them.</summary>
public static class Paging
{
    public static (int Page, int PageSize) Check(int? page, int? pageSize)
    {
        var errors = new FieldErrors();
        if (page is < 1)
            errors.Add("page", "must be 1 or more");
        if (pageSize is < 1 or > ListQuery.MaxPageSize)
            errors.Add("pageSize", $"must be between 1 and {ListQuery.MaxPageSize}");
        errors.ThrowIfAny();
        return (page ?? 1, pageSize ?? 50);
    }
}
