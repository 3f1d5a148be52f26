namespace PluginCrm.Console.Tests.Support;

/// <summary>A customer as the API lists it, as much of it as the browser tests look for.</summary>
public sealed record DemoCustomer(long Id, string Name);
