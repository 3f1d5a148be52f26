namespace PluginCrm.Host.Api;

/// <summary>How an operation reads <c>If-Match</c>: not at all, when sent (a stale one is a 412), or always (missing is a 428).</summary>
public enum IfMatchUse
{
    None,
    Checked,
    /// <summary>Without <c>If-Match</c> (or, for a replace, a version field in the body) the answer is 428.</summary>
    Demanded,
    /// <summary>Only <c>If-Match</c> will do, so the header is a required parameter.</summary>
    Required,
}
