using System.Text.Json;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Pipeline;

/// <summary>What a PostCommit step needs, kept as JSON in the outbox row.</summary>
public sealed record OutboxPayload(string RecordType, ActingUser User, JsonElement Before, JsonElement After, JsonElement Shared);
