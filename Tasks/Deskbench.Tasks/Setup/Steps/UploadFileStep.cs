using System.Text.Json.Nodes;
using Deskbench.Core.Setup;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// <c>upload_file</c> {files: [{local_path, path}]}: copies host files into the guest. A relative <c>local_path</c> is
/// resolved against the task file's folder (OSWorld resolves it against its working directory).
/// </summary>
public sealed class UploadFileStep(SetupRunnerOptions options, TimeProvider timeProvider) : ISetupStep
{
    public string Type => "upload_file";

    public async Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken)
    {
        var taskFolder = Path.GetDirectoryName(context.Task.SourcePath) ?? Directory.GetCurrentDirectory();
        foreach (var file in StepParameters.RequireFileList(parameters, "files"))
        {
            var localPath = Path.GetFullPath(StepParameters.RequireString(file, "local_path"), taskFolder);
            var guestPath = StepParameters.RequireString(file, "path");
            if (!File.Exists(localPath))
            {
                throw new FileNotFoundException($"upload_file: local file not found: {localPath}", localPath);
            }

            await GuestFileUploader.UploadAsync(
                context.Environment.Guest, localPath, guestPath, options.UploadAttempts, timeProvider, cancellationToken);
        }
    }
}
