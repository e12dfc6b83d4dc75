using Deskbench.Evaluators;
using Deskbench.Evaluators.Documents;
using Microsoft.Extensions.Logging;

namespace Deskbench.Cli.Composition;

/// <summary>Every getter and metric this build has: the core evaluators' plus the document and image metrics.</summary>
public static class EvaluatorCatalog
{
    public static GetterRegistry Getters() => GetterRegistry.CreateDefault().AddRange(DocumentGetters.All);

    public static MetricRegistry Metrics() => MetricRegistry.CreateDefault().AddRange(DocumentMetrics.All);

    public static OsWorldTaskEvaluator CreateEvaluator(ILoggerFactory loggerFactory) =>
        new(Getters(), Metrics(), loggerFactory.CreateLogger<OsWorldTaskEvaluator>());
}
