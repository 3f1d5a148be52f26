namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>
/// A lead or customer with the same contact key, as a user is told of it (see <see cref="DuplicateDisclosure"/>).
/// </summary>
/// <param name="Kind">phone, email or company.</param>
/// <param name="RecordType">lead or customer.</param>
/// <param name="RecordId">The record's id; null when the user may not read the record.</param>
/// <param name="OwnerId">Who owns it, so that the two people can talk; null when nobody does.</param>
public sealed record Duplicate(string Kind, string RecordType, long? RecordId, long? OwnerId)
{
    /// <summary>The capture refusal's words.</summary>
    public string Message =>
        $"a {RecordType} with the same {Kind} exists{(RecordId is { } id ? $": {RecordType} {id}," : ",")} {(OwnerId is { } owner ? $"owned by user {owner}" : "with no owner")}";
}
