namespace PluginCrm.Host.Demo.Generated;

/// <summary>The demo cannot be generated into this database; the message says why, in one line.</summary>
public sealed class DemoRefusedException(string message) : Exception(message);
