namespace Deskbench.Agents.Anthropic;

/// <summary>The computer tool versions the agent declares, with the beta header each needs.</summary>
public static class AnthropicToolVersions
{
    public const string Computer20250124 = "computer_20250124";
    public const string Computer20251124 = "computer_20251124";

    public static string BetaHeaderOf(string toolVersion) => toolVersion switch
    {
        Computer20250124 => "computer-use-2025-01-24",
        Computer20251124 => "computer-use-2025-11-24",
        _ => throw new ArgumentException($"unknown computer tool version '{toolVersion}'; expected {Computer20250124} or {Computer20251124}", nameof(toolVersion)),
    };

    public static bool SupportsZoom(string toolVersion) => toolVersion == Computer20251124;
}
