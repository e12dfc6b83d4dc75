using Deskbench.Agents.Models;
namespace Deskbench.Agents.Anthropic;

/// <summary>
/// Configuration of the <c>anthropic-cu</c> agent. The API key is never part of the settings: it is read from the
/// environment variable <see cref="ApiKeyVariable"/> or, when unset, from the user credentials file
/// (<see cref="CredentialsFile"/>, JSON <c>{"anthropic_api_key": "…"}</c>).
/// </summary>
public sealed record AnthropicAgentSettings
{
    public const string AgentName = "anthropic-cu";

    public string Model { get; init; } = "claude-sonnet-4-5";

    /// <summary><c>computer_20250124</c> (beta <c>computer-use-2025-01-24</c>) or <c>computer_20251124</c> (with zoom).</summary>
    public string ToolVersion { get; init; } = AnthropicToolVersions.Computer20250124;

    /// <summary>The API's base URL; null for Anthropic's production endpoint.</summary>
    public string? BaseUrl { get; init; }

    public string ApiKeyVariable { get; init; } = "ANTHROPIC_API_KEY";

    /// <summary>The user credentials file; null for <c>~/.config/deskbench/credentials.json</c>.</summary>
    public string? CredentialsFile { get; init; }

    public int MaxTokens { get; init; } = 4096;

    /// <summary>Retries of 408/409/429/5xx and connection errors, with exponential backoff that honours retry-after.</summary>
    public int MaxRetries { get; init; } = 4;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Screenshots are downscaled to fit these limits (Anthropic's recommendation by default); null for no limit.</summary>
    public int? MaxLongEdge { get; init; } = Deskbench.Core.Actions.Translation.CoordinateScaling.AnthropicMaxLongEdge;

    public long? MaxPixels { get; init; } = Deskbench.Core.Actions.Translation.CoordinateScaling.AnthropicMaxPixels;

    /// <summary>How many of the most recent screenshots stay in the history (older ones are replaced by a note).</summary>
    public int KeepRecentImages { get; init; } = 3;

    /// <summary>Model calls within one step when the model only observes (screenshot, zoom, cursor_position).</summary>
    public int MaxCallsPerStep { get; init; } = 8;

    /// <summary>Extra system prompt text appended to the default.</summary>
    public string? SystemPromptSuffix { get; init; }

    /// <summary>Prices by model name (the longest prefix of the model name wins); cost is null for an unknown model.</summary>
    public IReadOnlyDictionary<string, ModelPrice> Prices { get; init; } = DefaultPrices;

    public static IReadOnlyDictionary<string, ModelPrice> DefaultPrices { get; } = new Dictionary<string, ModelPrice>(StringComparer.Ordinal)
    {
        ["claude-opus-4"] = new(15m, 75m),
        ["claude-opus-4-5"] = new(5m, 25m),
        ["claude-sonnet-4"] = new(3m, 15m),
        ["claude-haiku-4"] = new(1m, 5m),
        ["claude-3-7-sonnet"] = new(3m, 15m),
    };

    public ModelPrice? PriceOf(string model) =>
        Prices.Where(p => model.StartsWith(p.Key, StringComparison.Ordinal)).OrderByDescending(p => p.Key.Length).Select(p => p.Value).FirstOrDefault();
}
