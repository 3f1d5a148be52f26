using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Testing;

/// <summary>A user a test created.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Email">The sign-in e-mail.</param>
/// <param name="Role">Admin, manager or rep.</param>
/// <param name="TeamId">The user's team.</param>
public sealed record CrmTestUser(long Id, string Email, CrmRole Role, long? TeamId)
{
    /// <summary>The user as the SDK names who acts: for <c>ICrmRecords</c>, <c>IRecordAccess</c> and pipeline steps.</summary>
    public ActingUser AsActingUser() => new(Id, Email, Role, TeamId);
}
