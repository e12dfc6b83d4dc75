using Deskbench.Tasks.Setup.Steps;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Tasks.Setup;

/// <summary>The standard set of setup steps. A new step type is a new <see cref="ISetupStep"/> class plus one line here.</summary>
public static class SetupSteps
{
    public static IReadOnlyList<ISetupStep> CreateDefault(
        SetupRunnerOptions? options = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        options ??= new SetupRunnerOptions();
        timeProvider ??= TimeProvider.System;
        loggerFactory ??= NullLoggerFactory.Instance;

        var execute = new ExecuteStep(options, timeProvider, loggerFactory.CreateLogger<ExecuteStep>());
        return
        [
            new LaunchStep(options),
            new OpenStep(),
            execute,
            new CommandStep(execute),
            new ExecuteWithVerificationStep(timeProvider, loggerFactory.CreateLogger<ExecuteWithVerificationStep>()),
            new SleepStep(timeProvider),
            new ActivateWindowStep(loggerFactory.CreateLogger<ActivateWindowStep>()),
            new CloseWindowStep(loggerFactory.CreateLogger<CloseWindowStep>()),
            new UploadFileStep(options, timeProvider),
            new DownloadStep(options, timeProvider),
            new ChromeOpenTabsStep(new ChromeStepOptions(), loggerFactory.CreateLogger<ChromeOpenTabsStep>()),
            new ChromeCloseTabsStep(new ChromeStepOptions(), loggerFactory.CreateLogger<ChromeCloseTabsStep>()),
            new UpdateBrowseHistoryStep(timeProvider, loggerFactory.CreateLogger<UpdateBrowseHistoryStep>()),
            new ChangeWallpaperStep(),
            new GoogleDriveStep(options, timeProvider, loggerFactory.CreateLogger<GoogleDriveStep>()), new LoginStep(options, new ChromeStepOptions(), loggerFactory.CreateLogger<LoginStep>()),
        ];
    }
}
