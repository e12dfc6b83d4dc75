using Deskbench.Core.Actions;

namespace Deskbench.Agents.Remote;

/// <summary>Where a remote agent listens and how patiently it is called (<c>--agent remote --agent-url …</c>).</summary>
public sealed record RemoteAgentOptions
{
    /// <summary>The agent server's base URL, e.g. <c>http://127.0.0.1:8700/</c>; the protocol's paths are relative to it.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The action space the agent's actions are written in: pyautogui, computer_13, deskbench, anthropic, openai, waa.</summary>
    public string ActionSpace { get; init; } = ActionSpaces.PyAutoGui;

    /// <summary>The agent's name in results (the model folder unless <c>--model</c> says otherwise).</summary>
    public string Name { get; init; } = "remote";

    /// <summary>Limit on one HTTP call (a model may think for a while).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries of a call that got no answer, a 5xx or a 429; 4xx answers and malformed replies are not retried.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Wait before the first retry; doubles each time (a 429's Retry-After wins when it says longer).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Throws <see cref="ArgumentException"/> for settings that cannot work.</summary>
    public void Validate()
    {
        if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"the agent URL '{BaseUrl}' must be an absolute http:// or https:// URL", nameof(BaseUrl));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero, nameof(RequestTimeout));
        ArgumentOutOfRangeException.ThrowIfNegative(Retries, nameof(Retries));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        ArgumentException.ThrowIfNullOrWhiteSpace(ActionSpace);
        ArgumentException.ThrowIfNullOrWhiteSpace(Name);
    }
}
