namespace PluginCrm.Training.Certificates;

/// <summary>Why an admin withdraws a certificate (issued by mistake, a cheated quiz).</summary>
public sealed record RevokeRequest(string? Reason);
