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
}
