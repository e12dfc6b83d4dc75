using Deskbench.Agents.Models;
using Deskbench.Core.Actions;

namespace Deskbench.Agents.OpenAI;

/// <summary>
/// Configuration of the OpenAI agents (<c>prompt</c> over chat completions, <c>openai-cu</c> over the Responses API).
/// The API key is never part of the settings: it comes from the environment variable <see cref="ApiKeyVariable"/> or,
/// when unset, from the user credentials file (<see cref="CredentialsFile"/>, JSON <c>{"openai_api_key": "…"}</c>).
/// <see cref="BaseUrl"/> points the agents at Azure OpenAI, vLLM or any compatible server.
/// </summary>
public sealed record OpenAIAgentSettings
{
    public const string PromptAgentName = "prompt";
    public const string ComputerUseAgentName = "openai-cu";

    public string Model { get; init; } = "gpt-4o";

    /// <summary>The API's base URL (e.g. <c>http://127.0.0.1:8000/v1</c>); null for OpenAI's.</summary>
    public string? BaseUrl { get; init; }

    public string ApiKeyVariable { get; init; } = "OPENAI_API_KEY";

    /// <summary>The user credentials file; null for <c>~/.config/deskbench/credentials.json</c>.</summary>
    public string? CredentialsFile { get; init; }

    /// <summary>Retries of 408/429/5xx and connection errors, exponential backoff honouring retry-after.</summary>
    public int MaxRetries { get; init; } = 4;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>prompt: the action space the model writes (pyautogui or computer_13).</summary>
    public string ActionSpace { get; init; } = ActionSpaces.PyAutoGui;

    /// <summary>prompt: OSWorld's <c>max_tokens</c>, <c>temperature</c>, <c>top_p</c>, <c>max_trajectory_length</c>.</summary>
    public int MaxTokens { get; init; } = 1500;

    public float Temperature { get; init; } = 1.0f;

    public float TopP { get; init; } = 0.9f;

    public int HistoryLength { get; init; } = 3;

    /// <summary>openai-cu: <c>computer_use_preview</c> (single action) or <c>computer</c> (GA, batched actions).</summary>
    public string ComputerToolType { get; init; } = "computer_use_preview";

    /// <summary>openai-cu: the <c>environment</c> declared to the preview tool.</summary>
    public string Environment { get; init; } = "linux";

    /// <summary>openai-cu: screenshots are downscaled to fit these limits; null for full size.</summary>
    public int? MaxLongEdge { get; init; }

    public long? MaxPixels { get; init; }

    /// <summary>openai-cu: model calls within one step when the model only observes or asks to confirm.</summary>
    public int MaxCallsPerStep { get; init; } = 6;

    /// <summary>Prices by model name (the longest matching prefix wins); cost is null for an unknown model.</summary>
    public IReadOnlyDictionary<string, ModelPrice> Prices { get; init; } = DefaultPrices;

    public static IReadOnlyDictionary<string, ModelPrice> DefaultPrices { get; } = new Dictionary<string, ModelPrice>(StringComparer.Ordinal)
    {
        ["gpt-4o"] = new(2.5m, 10m),
        ["gpt-4o-mini"] = new(0.15m, 0.6m),
        ["gpt-4.1"] = new(2m, 8m),
        ["gpt-4.1-mini"] = new(0.4m, 1.6m),
        ["gpt-5"] = new(1.25m, 10m),
        ["computer-use-preview"] = new(3m, 12m),
    };

    public ModelPrice? PriceOf(string model) =>
        Prices.Where(p => model.StartsWith(p.Key, StringComparison.Ordinal)).OrderByDescending(p => p.Key.Length).Select(p => p.Value).FirstOrDefault();
}
