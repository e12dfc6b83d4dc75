namespace Deskbench.Core.Guest;

/// <summary>Constants of the guest's HTTP protocol that are Deskbench's own (the rest is OSWorld's).</summary>
public static class GuestProtocol
{
    /// <summary>Header carrying the per-environment secret token.</summary>
    public const string TokenHeader = "X-Deskbench-Token";

    /// <summary>Environment variable through which a token is handed to the guest process (never on its command line).</summary>
    public const string TokenEnvironmentVariable = "DESKBENCH_GUEST_TOKEN";

    /// <summary>Native endpoint executing a batch of typed actions.</summary>
    public const string ActionsPath = "/actions";

    /// <summary>Native endpoint listing top-level windows.</summary>
    public const string WindowsPath = "/windows";

    /// <summary>Line the guest prints on stdout once it serves requests, followed by its base URL.</summary>
    public const string ReadyLinePrefix = "DESKBENCH-GUEST-READY ";
}
