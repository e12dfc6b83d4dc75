using Deskbench.Agents;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Agents;
using Deskbench.Core.Results;
using Deskbench.Evaluators;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Results;
using Deskbench.Harness.Runs;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Setup;
using Deskbench.Tasks.Validation;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Deskbench.Cli.Commands;

/// <summary>Composes the parts of a run (the CLI is the only composition root) and runs it.</summary>
public sealed class RunVerb(RunSettings settings)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        Validate(settings);
        using var loggerFactory = CliLogging.Create(settings.Verbose);
        var agents = ModelAgentSettings.AddTo(RemoteAgentSettings.AddTo(AgentCatalog.CreateDefault(loggerFactory), settings, loggerFactory), settings, loggerFactory);
        if (!agents.Names.Contains(settings.AgentName, StringComparer.OrdinalIgnoreCase))
        {
            throw new CliException($"unknown agent '{settings.AgentName}' (--agent): expected one of {string.Join(", ", agents.Names)}");
        }

        var provider = ProviderCatalog.Create(settings.ProviderName, settings.Screen, loggerFactory);
        // A provider that owns resources across episodes (the docker provider's warm pool) is disposed when the run ends.
        await using var providerLifetime = provider as IAsyncDisposable;
        var tasks = await LoadTasksAsync(cancellationToken).ConfigureAwait(false);

        RunKey key;
        string agentName;
        await using (var agent = agents.Create(settings.AgentName))
        {
            agentName = agent.Name;
            key = new RunKey(agent.ActionSpace, settings.Observation, settings.Model ?? agent.Name);
        }

        var store = new ResultStore(Path.GetFullPath(settings.ResultsPath), key, loggerFactory.CreateLogger<ResultStore>());
        try
        {
            store.EnsureWritable();
        }
        catch (ResultsFolderNotWritableException e)
        {
            throw new CliException($"--results '{settings.ResultsPath}': {e.Message}");
        }

        var assetsPath = settings.AssetsPath ?? AssetFolderLocator.Locate(settings.TasksPath);
        var runner = new EpisodeRunner(
            provider,
            SetupRunner.CreateDefault(new SetupRunnerOptions { AccountSettingsDirectory = AccountsFolder(settings) }, TimeProvider.System, loggerFactory),
            EvaluatorCatalog.CreateEvaluator(loggerFactory, AccountsFolder(settings)),
            new FolderAssetCache(assetsPath),
            ActionTranslatorRegistry.CreateDefault(settings.Screen.Width, settings.Screen.Height),
            new EpisodeRunnerOptions
            {
                MaxSteps = settings.MaxSteps,
                ScreenSize = settings.Screen,
                PauseAfterAction = TimeSpan.FromSeconds(settings.PauseAfterActionSeconds),
                TimeBudget = settings.TimeBudgetSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
                EpisodeTimeout = settings.EpisodeTimeoutSeconds is { } limit ? TimeSpan.FromSeconds(limit) : null,
                ObservationType = settings.Observation,
                Record = settings.Record,
                KeepWorkDirectory = settings.KeepWork,
                MaxTokens = settings.MaxTokens,
                MaxCostUsd = settings.MaxCostUsd,
            },
            TimeProvider.System,
            loggerFactory.CreateLogger<EpisodeRunner>());
        var live = settings.Plain || Console.IsOutputRedirected ? null : new RunProgressCounts(tasks.Count, TimeProvider.System);
        IRunObserver observer = live ?? (IRunObserver)new ConsoleRunObserver(tasks.Count, Console.Out);
        var run = new BenchmarkRun(
            runner,
            () => agents.Create(settings.AgentName),
            store,
            new BenchmarkRunOptions
            {
                InfraRetries = settings.InfraRetries,
                InfraRetryDelay = TimeSpan.FromSeconds(settings.InfraRetryDelaySeconds),
                TaskSetPath = Path.GetFullPath(settings.TasksPath),
                Domain = settings.Domain ?? "all",
                Parallelism = settings.Parallel,
                RerunErrors = settings.RerunErrors,
            },
            TimeProvider.System,
            loggerFactory.CreateLogger<BenchmarkRun>(),
            observer);
        var parallel = settings.Parallel > 1 ? $", {settings.Parallel} at a time" : "";
        Console.Out.WriteLine($"deskbench: running {tasks.Count} task(s) with agent '{agentName}' on provider '{provider.Name}'{parallel} → {store.RunDirectory}");
        using var interruption = new RunInterruption(Console.Out, StopGracePeriod, cancellationToken);
        var summary = live is null
            ? await run.RunAsync(tasks, interruption.StopTakingTasks, interruption.Abort).ConfigureAwait(false)
            : await new LiveRunDisplay(live, AnsiConsole.Console)
                .ShowWhileAsync(() => run.RunAsync(tasks, interruption.StopTakingTasks, interruption.Abort)).ConfigureAwait(false);
        SummaryRenderer.Write(summary, Console.Out);
        var unfinished = summary.Total.CountOf(EpisodeStatus.InfraError) + summary.Total.CountOf(EpisodeStatus.EvalError);
        if (unfinished > 0)
        {
            Console.Out.WriteLine(
                $"deskbench: {unfinished} task(s) ended in infra_error or eval_error and have no result.txt; rerun the same command to resume them, adding --rerun-errors");
            return IncompleteRunExitCode;
        }

        return 0;
    }

    /// <summary>Exit code of a run in which some task ended in infra_error or eval_error (the results folder needs a resume).</summary>
    public const int IncompleteRunExitCode = 3;

    /// <summary>After the first Ctrl+C, running episodes get this long to finish before they are aborted (the command line gives up at 30 s).</summary>
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(20);

    private static string? AccountsFolder(RunSettings s) => s.AccountsPath is null ? null : Path.GetFullPath(s.AccountsPath);

    private static void Validate(RunSettings s)
    {
        if (s.AccountsPath is not null && !Directory.Exists(s.AccountsPath))
        {
            throw new CliException($"--accounts '{s.AccountsPath}': no such folder");
        }

        if (s.MaxSteps < 1)
        {
            throw new CliException($"--max-steps {s.MaxSteps}: expected a whole number of at least 1");
        }

        if (s.TimeBudgetSeconds is <= 0)
        {
            throw new CliException($"--time-budget {s.TimeBudgetSeconds}: expected a positive number of seconds");
        }

        if (s.EpisodeTimeoutSeconds is <= 0 or > 86400 * 7)
        {
            throw new CliException($"--episode-timeout {s.EpisodeTimeoutSeconds}: expected a positive number of seconds (at most a week)");
        }

        if (s.InfraRetryDelaySeconds is < 0 or > 3600 || double.IsNaN(s.InfraRetryDelaySeconds))
        {
            throw new CliException($"--infra-retry-delay {s.InfraRetryDelaySeconds}: expected 0 to 3600 seconds");
        }

        if (s.PauseAfterActionSeconds < 0)
        {
            throw new CliException($"--pause-after-action {s.PauseAfterActionSeconds}: expected zero or more seconds");
        }

        if (s.MaxTokens is < 1)
        {
            throw new CliException($"--max-tokens {s.MaxTokens}: expected a whole number of at least 1");
        }

        if (s.MaxCostUsd is <= 0)
        {
            throw new CliException($"--max-cost {s.MaxCostUsd}: expected a positive number of US dollars");
        }

        if (s.Parallel < 1)
        {
            throw new CliException($"--parallel {s.Parallel}: expected a whole number of at least 1");
        }

        if (s.InfraRetries < 0)
        {
            throw new CliException($"--infra-retries {s.InfraRetries}: expected zero or more");
        }
    }

    private async Task<IReadOnlyList<Core.Tasks.TaskSpec>> LoadTasksAsync(CancellationToken cancellationToken)
    {
        var report = await new TaskValidator().ValidateAsync(settings.TasksPath, PlatformCatalog.SupportedFeatures(), cancellationToken)
            .ConfigureAwait(false);
        if (!report.IsValid)
        {
            foreach (var problem in report.Invalid)
            {
                Console.Error.WriteLine($"invalid: {problem}");
            }

            throw new CliException($"{report.Invalid.Count} problem(s) in the tasks at '{settings.TasksPath}' (--tasks); nothing was run");
        }

        var tasks = report.ValidTasks.Where(t => settings.Domain is null || t.Domain == settings.Domain).ToList();
        if (tasks.Count == 0)
        {
            throw new CliException(settings.Domain is null
                ? $"--tasks '{settings.TasksPath}': no tasks found (expected a task JSON file, a folder of them, or an index file)"
                : $"--domain '{settings.Domain}': no task of that domain in '{settings.TasksPath}'");
        }

        return tasks;
    }
}
