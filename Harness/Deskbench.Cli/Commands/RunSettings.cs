using Deskbench.Core.Environments;

namespace Deskbench.Cli.Commands;

/// <summary>The options of <c>deskbench run</c>, parsed.</summary>
public sealed record RunSettings
{
    public required string TasksPath { get; init; }
    public required string AgentName { get; init; }
    public required string ProviderName { get; init; }
    public required string ResultsPath { get; init; }
    public int MaxSteps { get; init; } = 15;
    public string? Model { get; init; }
    public string? Domain { get; init; }
    public string? AssetsPath { get; init; }
    /// <summary>The account settings folder (<c>--accounts</c>) for googledrive/login/googledrive_file; null: those tasks are not run.</summary>
    public string? AccountsPath { get; init; }
    public ScreenSize Screen { get; init; } = ScreenSize.Default;
    public double? TimeBudgetSeconds { get; init; }
    public double? EpisodeTimeoutSeconds { get; init; }
    /// <summary>OSWorld's observation type: screenshot, a11y_tree, screenshot_a11y_tree or som.</summary>
    public string Observation { get; init; } = "screenshot";
    public bool Record { get; init; }
    public double PauseAfterActionSeconds { get; init; }
    public double InfraRetryDelaySeconds { get; init; } = 2;
    public int InfraRetries { get; init; } = 1;
    public bool KeepWork { get; init; }
    public bool Verbose { get; init; }
    public int Parallel { get; init; } = 1;
    public bool RerunErrors { get; init; }
    public bool Plain { get; init; }
    public long? MaxTokens { get; init; }
    public decimal? MaxCostUsd { get; init; }
    /// <summary>The remote agent's base URL (<c>--agent remote</c>).</summary>
    public string? AgentUrl { get; init; }
    public string AgentActionSpace { get; init; } = "pyautogui";
    public double AgentTimeoutSeconds { get; init; } = 300;
    public int AgentRetries { get; init; } = 3;
    /// <summary>The vendor model of a built-in model agent (prompt, anthropic-cu, openai-cu); null = the agent's default.</summary>
    public string? AgentModel { get; init; }
}
