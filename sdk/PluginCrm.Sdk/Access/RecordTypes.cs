namespace PluginCrm.Sdk.Access;

/// <summary>The names of the record types the host owns, as <see cref="IRecordAccess"/> and <see cref="RecordRef"/> use them.</summary>
public static class RecordTypes
{
    /// <summary>A customer (客户档案): seen by its owner, its team's manager, admins, and while shared (the public pool) by everyone.</summary>
    public const string Customer = "customer";

    /// <summary>A company: reference data every signed-in user reads and keeps up to date.</summary>
    public const string Company = "company";

    /// <summary>A lead: owned like a customer.</summary>
    public const string Lead = "lead";

    /// <summary>A deal: owned like a customer.</summary>
    public const string Deal = "deal";

    /// <summary>A product: read by everyone, changed by managers and admins.</summary>
    public const string Product = "product";

    /// <summary>An order: read and changed by whoever reads and changes its customer.</summary>
    public const string Order = "order";

    /// <summary>An interaction: read and changed by whoever reads and changes its customer.</summary>
    public const string Interaction = "interaction";

    /// <summary>A task (跟进): seen and changed by its assignee, the assignee's team manager and admins.</summary>
    public const string Task = "task";

    /// <summary>A user, as the subject of work: itself, its team's manager and admins read and change what concerns it.</summary>
    public const string User = "user";

    /// <summary>A team: read by everyone, changed by admins.</summary>
    public const string Team = "team";
}
