using PluginCrm.Host.Api;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>The checks users and API keys share, each adding its message to the field it names.</summary>
public static class AccountRules
{
    public const int MinPasswordLength = 10;

    public static void Role(CrmRole role, FieldErrors errors)
    {
        if (!Enum.IsDefined(role))
            errors.Add("role", "must be admin, manager or rep");
    }

    /// <summary>A password, when one is given, is long enough, and not spaces alone (which a sign-in form may trim away).</summary>
    public static void Password(string? password, FieldErrors errors)
    {
        if (password is { Length: < MinPasswordLength })
            errors.Add("password", $"must be at least {MinPasswordLength} characters");
        else if (password is not null && string.IsNullOrWhiteSpace(password))
            errors.Add("password", "must not be spaces alone");
    }
}
