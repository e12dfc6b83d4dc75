using Deskbench.Evaluators;
using Deskbench.Evaluators.Documents;
using Deskbench.Evaluators.Getters.GoogleDrive;
using Microsoft.Extensions.Logging;

namespace Deskbench.Cli.Composition;

/// <summary>Every getter and metric this build has: the core evaluators' plus the document and image metrics.</summary>
public static class EvaluatorCatalog
{
    /// <param name="accountSettingsDirectory">The <c>--accounts</c> folder for <c>googledrive_file</c> (null: that getter is unsupported when run).</param>
    public static GetterRegistry Getters(string? accountSettingsDirectory = null) => GetterRegistry.CreateDefault()
        .AddRange(DocumentGetters.All).Add(new GoogleDriveFileGetter(accountSettingsDirectory));

    public static MetricRegistry Metrics() => MetricRegistry.CreateDefault().AddRange(DocumentMetrics.All);

    public static OsWorldTaskEvaluator CreateEvaluator(ILoggerFactory loggerFactory, string? accountSettingsDirectory = null) =>
        new(Getters(accountSettingsDirectory), Metrics(), loggerFactory.CreateLogger<OsWorldTaskEvaluator>());
}
