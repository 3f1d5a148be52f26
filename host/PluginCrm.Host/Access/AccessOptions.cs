using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Access;

public sealed class AccessOptions
{
    /// <summary>How long a sign-in lasts.</summary>
    [Range(1, 24 * 90, ErrorMessage = "Access:SessionHours must be between 1 and 2160")]
    public int SessionHours { get; set; } = 12;

    /// <summary>Failed sign-ins of one e-mail, within <see cref="LockMinutes"/>, that lock it for <see cref="LockMinutes"/>.</summary>
    [Range(1, 1000, ErrorMessage = "Access:FailuresBeforeLock must be between 1 and 1000")]
    public int FailuresBeforeLock { get; set; } = 5;

    [Range(1, 24 * 60, ErrorMessage = "Access:LockMinutes must be between 1 and 1440")]
    public int LockMinutes { get; set; } = 15;

    /// <summary>Sign-in attempts one client address may make a minute, whatever the e-mail (per host process).</summary>
    [Range(1, 100_000, ErrorMessage = "Access:SignInsPerAddressPerMinute must be between 1 and 100000")]
    public int SignInsPerAddressPerMinute { get; set; } = 30;

    /// <summary>Requests an API key may make a minute (per host process) unless the key sets its own.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Access:ApiKeyRequestsPerMinute must be between 1 and 10000000")]
    public int ApiKeyRequestsPerMinute { get; set; } = 3000;
}
