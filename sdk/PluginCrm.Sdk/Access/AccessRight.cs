namespace PluginCrm.Sdk.Access;

/// <summary>What a user asks to do with a record.</summary>
public enum AccessRight
{
    /// <summary>See the record, and attach nothing to it.</summary>
    Read,

    /// <summary>Change or delete the record, or attach records to it (an order to a customer, a note to a deal).</summary>
    Change,
}
