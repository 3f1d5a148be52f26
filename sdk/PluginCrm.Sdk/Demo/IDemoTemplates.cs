namespace PluginCrm.Sdk.Demo;

/// <summary>Saves message templates for the demo, as an admin would under <c>/api/templates</c> (parsed and checked the same way).</summary>
public interface IDemoTemplates
{
    /// <summary>Saves <paramref name="body"/> as the message template <paramref name="key"/>, unless a template of that key exists.</summary>
    Task SaveMessageAsync(string key, string description, string body, CancellationToken cancellationToken);
}
