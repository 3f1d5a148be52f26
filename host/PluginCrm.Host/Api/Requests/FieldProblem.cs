namespace PluginCrm.Host.Api.Requests;

/// <summary>A problem about one field, shaped like the host's other validation problems: the field in <c>errors</c>, and in the detail.</summary>
public static class FieldProblem
{
    public static HttpValidationProblemDetails Of(int status, string title, string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Status = status, Title = title, Detail = $"{field}: {message}" };
}
