namespace Deskbench.Tasks.Setup;

/// <summary>Settings of the setup steps; the defaults mirror OSWorld.</summary>
public sealed record SetupRunnerOptions
{
    /// <summary>Substituted for <c>{CLIENT_PASSWORD}</c> (OSWorld's <c>--client_password</c>, default "password").</summary>
    public string ClientPassword { get; init; } = "password";

    /// <summary>
    /// OSWorld's <c>DesktopEnv(enable_proxy=True)</c>: a <c>launch</c> of <c>google-chrome</c> in a task with
    /// <c>"proxy": true</c> gets <c>--proxy-server=</c><see cref="ChromeProxyServer"/>. Off by default.
    /// </summary>
    public bool EnableChromeProxy { get; init; }

    public string ChromeProxyServer { get; init; } = "http://127.0.0.1:18888";

    /// <summary>Pause between repeats of an <c>execute</c> with <c>until</c> (OSWorld: 0.3 s).</summary>
    public TimeSpan ExecuteRetryInterval { get; init; } = TimeSpan.FromSeconds(0.3);

    /// <summary>Failed attempts after which an <c>execute</c> with <c>until</c> gives up (OSWorld: 5).</summary>
    public int ExecuteMaxFailures { get; init; } = 5;

    /// <summary>
    /// Upper bound on an <c>execute</c> whose <c>until</c> never holds while the command keeps succeeding (OSWorld would
    /// loop forever); the step fails after it.
    /// </summary>
    public TimeSpan ExecuteUntilTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Where the account settings of <c>googledrive</c>/<c>login</c> steps live (OSWorld's
    /// <c>evaluation_examples/settings/</c> files: <c>googledrive/settings.yml</c>, <c>google/settings.json</c>). Null (the
    /// default): those steps fail with <see cref="Steps.AccountSettingsRequiredException"/> and the task is reported as not run.
    /// </summary>
    public string? AccountSettingsDirectory { get; init; }

    /// <summary>Tries of a file upload when the guest cannot be reached (OSWorld <c>upload_file</c>: 3, backoff 1 s, 2 s).</summary>
    public int UploadAttempts { get; init; } = 3;
}
