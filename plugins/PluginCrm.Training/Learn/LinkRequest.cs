namespace PluginCrm.Training.Learn;

/// <summary>A customer to send its personal course link, valid for <paramref name="ExpiresInDays"/> (default: the settings').</summary>
public sealed record LinkRequest(long? CustomerId, int? ExpiresInDays = null);
