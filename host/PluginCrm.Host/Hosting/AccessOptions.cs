using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Hosting;

public sealed class AccessOptions
{
    /// <summary>How long a sign-in lasts.</summary>
    [Range(1, 24 * 90, ErrorMessage = "Access:SessionHours must be between 1 and 2160")]
    public int SessionHours { get; set; } = 12;
}
