using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Tasks.Setup;

namespace Deskbench.Tasks.Tests.Desktop;

/// <summary>Shorthands of the desktop setup tests: steps from JSON, the real runner, unique names, guest file reads.</summary>
internal static class DesktopSteps
{
    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static SetupStep Step(string type, string parameters) => new(type, JsonNode.Parse(parameters)!.AsObject());

    /// <summary>A name no other test (or earlier run) uses: <paramref name="prefix"/>-8 hex digits.</summary>
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>Runs <paramref name="steps"/> with the real default runner (<paramref name="options"/> or OSWorld's defaults).</summary>
    public static Task RunAsync(SetupContext context, SetupRunnerOptions? options, params SetupStep[] steps) =>
        SetupRunner.CreateDefault(options, TimeProvider.System, TestOutputLoggerFactory.Instance).RunAsync(steps, context, Token);

    public static Task RunAsync(SetupContext context, params SetupStep[] steps) => RunAsync(context, null, steps);

    /// <summary>The guest file's text (UTF-8) through <c>/file</c>, or null when it does not exist.</summary>
    public static async Task<string?> ReadGuestTextAsync(IGuestClient guest, string path) =>
        await guest.DownloadFileAsync(path, Token) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
}
