using System.Text.Json.Nodes;
using Deskbench.Core.Setup;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary><c>change_wallpaper</c> {path}: sets the desktop's wallpaper to an image file in the guest (<c>/setup/change_wallpaper</c>).</summary>
public sealed class ChangeWallpaperStep : ISetupStep
{
    public string Type => "change_wallpaper";

    public Task RunAsync(JsonObject parameters, SetupContext context, CancellationToken cancellationToken) =>
        context.Environment.Guest.ChangeWallpaperAsync(StepParameters.RequireString(parameters, "path"), cancellationToken);
}
