namespace PluginCrm.Training.Events.Register;

/// <summary>Who registers: a customer for a customers' event, a user for a staff event.</summary>
public sealed record RegisterRequest(long? CustomerId = null, long? UserId = null);
