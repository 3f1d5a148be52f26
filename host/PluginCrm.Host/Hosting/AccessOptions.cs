using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Hosting;

public sealed class AccessOptions
{
    /// <summary>How long a sign-in lasts.</summary>
    [Range(1, 24 * 90)]
    public int SessionHours { get; set; } = 12;
}
