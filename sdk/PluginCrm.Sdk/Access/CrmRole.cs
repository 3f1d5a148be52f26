namespace PluginCrm.Sdk.Access;

/// <summary>What a user may see and do: an admin everything, a manager its team's records, a rep its own.</summary>
public enum CrmRole
{
    /// <summary>Sees and changes everything, manages users, modules and settings.</summary>
    Admin,

    /// <summary>Sees and changes the records of its team.</summary>
    Manager,

    /// <summary>Sees and changes the records it owns.</summary>
    Rep,
}
