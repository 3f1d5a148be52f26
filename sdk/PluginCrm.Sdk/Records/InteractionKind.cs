namespace PluginCrm.Sdk.Records;

/// <summary>How a customer was in touch.</summary>
public enum InteractionKind
{
    /// <summary>A phone call.</summary>
    Call,

    /// <summary>An e-mail.</summary>
    Email,

    /// <summary>A visit in person.</summary>
    Visit,

    /// <summary>A chat.</summary>
    Chat,

    /// <summary>A meeting.</summary>
    Meeting,
}
