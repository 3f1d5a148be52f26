namespace PluginCrm.Host.Access;

/// <summary>
/// How many PBKDF2 iterations a new password hash takes: <see cref="Default"/> in every host that serves people. Only the
/// test kit registers a lower cost, in code (no setting or environment variable reaches it), because its thousands of
/// short-lived users would otherwise spend a tenth of the suite hashing; a stored hash keeps its own count, so hashes
/// of either cost verify.
/// </summary>
public sealed record PasswordCost(int Iterations)
{
    public const int DefaultIterations = 100_000;

    public static readonly PasswordCost Default = new(DefaultIterations);
}
