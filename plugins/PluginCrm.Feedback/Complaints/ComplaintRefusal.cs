namespace PluginCrm.Feedback.Complaints;

/// <summary>
/// A request about a complaint that cannot be done: 400 (with the bad fields), 403, 404 or 409. The endpoints answer it as
/// an RFC 9457 problem, the command line as one line and exit code 2 (bad input) or 1 (refusal).
/// </summary>
public sealed class ComplaintRefusal(int status, string message, IReadOnlyDictionary<string, string[]>? errors = null) : Exception(message)
{
    public int Status { get; } = status;
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;

    public static ComplaintRefusal Invalid(Dictionary<string, string[]> errors) =>
        new(400, string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")), errors);

    public static ComplaintRefusal NotFound(long id) => new(404, $"there is no complaint {id}");

    public static ComplaintRefusal Conflict(string message) => new(409, message);
}
