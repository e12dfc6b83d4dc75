using System.Text.Json.Nodes;
using Deskbench.Core.Setup;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>download</c> {files: [{url, path}]}: takes each URL's file from the asset cache (there is no internet; a missing
/// asset fails the step with <see cref="AssetNotCachedException"/> as the inner exception) and uploads it to <c>path</c>.
/// </summary>
public sealed class DownloadStep(SetupRunnerOptions options, TimeProvider timeProvider) : ISetupStep
{
    public string Type => "download";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        foreach (var file in StepParameters.RequireFileList(parameters, "files"))
        {
            var url = StepParameters.RequireString(file, "url");
            var guestPath = StepParameters.RequireString(file, "path");
            var localPath = await context.Assets.GetLocalPathAsync(url, cancellationToken);
            await GuestFileUploader.UploadAsync(
                context.Environment.Guest, localPath, guestPath, options.UploadAttempts, timeProvider, cancellationToken);
        }
    }
}
