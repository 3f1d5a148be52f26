namespace PluginCrm.Sdk.Http;

/// <summary>
/// Where people outside reach this host, for the links a module sends them (a survey, a course, a certificate's check):
/// the host's <c>PublicUrl</c> when set; otherwise the address it listens on, with a tenant's own host name in a host
/// that serves several companies, and this machine's name for a wildcard address such as <c>http://0.0.0.0:5080</c>.
/// </summary>
public interface ICrmPublicAddress
{
    /// <summary>Scheme, host and port, and a path where the host is served under one, without a trailing slash: <c>https://crm.acme.example</c>.</summary>
    string BaseUrl { get; }

    /// <summary>
    /// The start of a module's links: <paramref name="configured"/> (the module's own setting, for links that must point
    /// elsewhere) when set, else <see cref="BaseUrl"/>; without a trailing slash either way.
    /// </summary>
    string LinkBase(string? configured) => (string.IsNullOrWhiteSpace(configured) ? BaseUrl : configured).TrimEnd('/');
}
