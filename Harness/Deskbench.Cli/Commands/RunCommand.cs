using System.CommandLine;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;

namespace Deskbench.Cli.Commands;

/// <summary><c>deskbench run</c>: runs an agent on a task suite and writes OSWorld-layout results.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var tasks = new Option<string?>("--tasks") { Description = "A task file, a folder of tasks, or an index file (domain → ids). Required for the osworld suite." };
        var agent = new Option<string?>("--agent") { Description = "Agent name: scripted, noop, fail, remote (an agent server, see --agent-url), prompt (chat completions, OSWorld's PromptAgent), anthropic-cu, openai-cu. Required unless --predictions is given." };
        var agentUrl = new Option<string?>("--agent-url") { Description = "remote: the agent server's base URL (docs/agent-protocol.md), e.g. http://127.0.0.1:8700/; prompt, anthropic-cu, openai-cu: the API's base URL (default: the vendor's)." };
        var agentActionSpace = new Option<string>("--agent-action-space") { Description = "remote: the action space the agent answers in (pyautogui, computer_13, deskbench …).", DefaultValueFactory = _ => "pyautogui" };
        var agentTimeout = new Option<double>("--agent-timeout") { Description = "remote: seconds one call to the agent may take.", DefaultValueFactory = _ => 300 };
        var agentModel = new Option<string?>("--agent-model") { Description = "prompt, anthropic-cu, openai-cu: the vendor's model name (keys come from OPENAI_API_KEY / ANTHROPIC_API_KEY or ~/.config/deskbench/credentials.json, never from the command line)." };
        var agentRetries = new Option<int>("--agent-retries") { Description = "remote: retries of a call that got no answer, a 5xx or a 429.", DefaultValueFactory = _ => 3 };
        var suite = new Option<string>("--suite") { Description = "Task suite format: osworld (OSWorld/WAA JSON tasks) or omniact (offline script scoring).", DefaultValueFactory = _ => "osworld" };
        suite.AcceptOnlyFromAmong("osworld", "omniact");
        var omniactRoot = new Option<string?>("--omniact-root") { Description = "omniact: the dataset's root folder (split files, data/, metadata/)." };
        var split = new Option<string>("--split") { Description = "omniact: the split to use (train, val, test).", DefaultValueFactory = _ => "test" };
        var predictions = new Option<string?>("--predictions") { Description = "omniact: score this predictions file (JSON list or JSONL aligned by index) without running an agent." };
        var sideFiles = new Option<string[]>("--omniact-side-files")
        {
            Description = "omniact with --agent: side files to show the agent with each item (ocr, color, icon), where the dataset has them.",
            AllowMultipleArgumentsPerToken = true,
        };
        sideFiles.AcceptOnlyFromAmong("ocr", "color", "icon");
        var scoring = new Option<string>("--scoring") { Description = "omniact: official (the published eval.py, quirks included) or corrected (documented bugs fixed).", DefaultValueFactory = _ => "official" };
        scoring.AcceptOnlyFromAmong("official", "corrected");
        var provider = new Option<string>("--provider") { Description = "Environment provider: local (Xvfb desktops on this machine) or docker (a container per task from deskbench image build linux; settings in DESKBENCH_DOCKER_IMAGE, _CPUS, _MEMORY, _WARM_POOL, _READY_TIMEOUT; or your own OSWorld/WAA image with DESKBENCH_DOCKER_EXTERNAL_IMAGE, see docs/external-images.md).", DefaultValueFactory = _ => "local" };
        var results = new Option<string>("--results") { Description = "Results folder (OSWorld layout: <action_space>/<observation>/<model>/<domain>/<task>/).", Required = true };
        var maxSteps = new Option<int>("--max-steps") { Description = "Agent steps (predict calls) per task.", DefaultValueFactory = _ => 15 };
        var model = new Option<string?>("--model") { Description = "Name of the results' model folder (default: the agent's name)." };
        var domain = new Option<string?>("--domain") { Description = "Only tasks of this domain." };
        var assets = new Option<string?>("--assets") { Description = "Asset cache folder for download/cloud_file URLs (default: an assets/ folder beside the tasks)." };
        var accounts = new Option<string?>("--accounts") { Description = "Account settings folder for the googledrive/login steps and the googledrive_file getter (OSWorld's evaluation_examples/settings/: googledrive/settings.yml, google/settings.json; see docs/accounts.md). Without it those tasks are reported as not run." };
        var screen = new Option<string>("--screen") { Description = "Desktop size WIDTHxHEIGHT.", DefaultValueFactory = _ => "1920x1080" };
        var timeBudget = new Option<double?>("--time-budget") { Description = "Wall-clock seconds per episode for the agent loop." };
        var observation = new Option<string>("--observation")
        {
            Description = "What the agent sees each step (OSWorld's observation_type): screenshot, a11y_tree, screenshot_a11y_tree or som. Names the results folder.",
            DefaultValueFactory = _ => "screenshot",
        };
        observation.AcceptOnlyFromAmong(Core.Observations.ObservationTypes.Names.ToArray());
        var record = new Option<bool>("--record") { Description = "Record each episode's screen into the task's recording.mp4 (ffmpeg in the desktop)." };
        var episodeTimeout = new Option<double?>("--episode-timeout") { Description = "Hard limit in seconds on a whole episode (start, setup, agent, evaluation); past it the episode is aborted and ends as timeout." };
        var pause = new Option<double>("--pause-after-action") { Description = "Seconds to wait after each action before the screenshot (OSWorld's sleep_after_execution).", DefaultValueFactory = _ => 0 };
        var retries = new Option<int>("--infra-retries") { Description = "Retries of a task on a fresh desktop after an infrastructure failure.", DefaultValueFactory = _ => 1 };
        var retryDelay = new Option<double>("--infra-retry-delay") { Description = "Seconds before the first infra retry; doubles on each further retry (with jitter).", DefaultValueFactory = _ => 2 };
        var keepWork = new Option<bool>("--keep-work") { Description = "Keep each episode's scratch folder (evaluator cache files)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log what happens (to stderr)." };
        var parallel = new Option<int>("--parallel") { Description = "Episodes run at once, each with its own agent and desktop.", DefaultValueFactory = _ => 1 };
        var rerunErrors = new Option<bool>("--rerun-errors") { Description = "On resume, also rerun tasks that ended in infra_error or eval_error." };
        var maxTokens = new Option<long?>("--max-tokens") { Description = "Tokens (input + output, as the agent reports them) per episode; no step starts once reached." };
        var maxCost = new Option<decimal?>("--max-cost") { Description = "Cost in USD (as the agent reports it) per episode; no step starts once reached." };
        var plain = new Option<bool>("--plain") { Description = "One line per finished task instead of the live display (the default when output is not a terminal)." };
        var command = new Command(
            "run",
            "Run an agent on tasks, each on a fresh desktop, and score them. Rerunning into the same --results folder resumes. " +
            "Ctrl+C stops taking tasks and lets running episodes finish; a second Ctrl+C aborts them. " +
            "Exit codes: 0 every task has an outcome; 2 unusable arguments or tasks (nothing ran); 3 some task ended in " +
            "infra_error or eval_error (rerun with --rerun-errors to resume it); 130 cancelled.")
        {
            tasks, agent, agentUrl, agentActionSpace, agentTimeout, agentRetries, agentModel, suite, sideFiles, omniactRoot, split, predictions, scoring, provider, results, maxSteps, model, domain, assets, accounts, screen, timeBudget, episodeTimeout, observation, record, pause, retries, retryDelay, keepWork, verbose, parallel, rerunErrors, plain, maxTokens, maxCost,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(() => parse.GetRequiredValue(suite) == "omniact"
            ? RunOmniAct(parse, new OmniActOptions(omniactRoot, split, predictions, scoring, results, model, agent, agentUrl, agentActionSpace, agentTimeout, agentRetries, verbose, sideFiles), ct)
            : new RunVerb(new RunSettings
        {
            TasksPath = parse.GetValue(tasks) ?? throw new CliException("--tasks is required for the osworld suite: a task file, a folder of tasks, or an index file"),
            AgentName = parse.GetValue(agent) ?? throw new CliException("--agent is required: one of scripted, noop, fail, remote"),
            ProviderName = parse.GetRequiredValue(provider),
            ResultsPath = parse.GetRequiredValue(results),
            MaxSteps = parse.GetValue(maxSteps),
            Model = parse.GetValue(model),
            Domain = parse.GetValue(domain),
            AssetsPath = parse.GetValue(assets),
            AccountsPath = parse.GetValue(accounts),
            Screen = ScreenSizeParser.Parse(parse.GetRequiredValue(screen), "--screen"),
            TimeBudgetSeconds = parse.GetValue(timeBudget),
            PauseAfterActionSeconds = parse.GetValue(pause),
            InfraRetries = parse.GetValue(retries),
            InfraRetryDelaySeconds = parse.GetValue(retryDelay),
            EpisodeTimeoutSeconds = parse.GetValue(episodeTimeout),
            Observation = parse.GetRequiredValue(observation),
            Record = parse.GetValue(record),
            KeepWork = parse.GetValue(keepWork),
            Verbose = parse.GetValue(verbose),
            Parallel = parse.GetValue(parallel),
            RerunErrors = parse.GetValue(rerunErrors),
            Plain = parse.GetValue(plain),
            MaxTokens = parse.GetValue(maxTokens),
            MaxCostUsd = parse.GetValue(maxCost),
            AgentUrl = parse.GetValue(agentUrl),
            AgentActionSpace = parse.GetRequiredValue(agentActionSpace),
            AgentTimeoutSeconds = parse.GetValue(agentTimeout),
            AgentRetries = parse.GetValue(agentRetries),
            AgentModel = parse.GetValue(agentModel),
        }).ExecuteAsync(ct)));
        return command;
    }

    private static Task<int> RunOmniAct(ParseResult parse, OmniActOptions options, CancellationToken cancellationToken)
    {
        var datasetRoot = parse.GetValue(options.Root) ?? throw new CliException("--omniact-root is required with --suite omniact: the dataset's root folder");
        var mode = parse.GetRequiredValue(options.Scoring) == "corrected" ? Evaluators.OmniAct.OmniActScoringMode.Corrected : Evaluators.OmniAct.OmniActScoringMode.Official;
        var predictionsPath = parse.GetValue(options.Predictions);
        var agentName = parse.GetValue(options.Agent);
        var settings = new OmniActScoringSettings(
            datasetRoot, parse.GetRequiredValue(options.Split), predictionsPath ?? "", mode, parse.GetRequiredValue(options.Results), parse.GetValue(options.Model));
        if (predictionsPath is not null)
        {
            return agentName is null
                ? new OmniActScoringVerb(settings).ExecuteAsync(cancellationToken)
                : throw new CliException("--suite omniact: give either --predictions FILE (score a file) or --agent NAME (run an agent), not both");
        }

        if (agentName is null)
        {
            throw new CliException("--suite omniact needs --agent NAME (run an agent on each item) or --predictions FILE (score an existing predictions file)");
        }

        return RunOmniActAgentAsync(parse, options, settings, agentName, cancellationToken);
    }

    private static async Task<int> RunOmniActAgentAsync(
        ParseResult parse, OmniActOptions options, OmniActScoringSettings settings, string agentName, CancellationToken cancellationToken)
    {
        using var loggerFactory = Composition.CliLogging.Create(parse.GetValue(options.Verbose));
        var agents = RemoteAgentSettings.AddTo(Agents.AgentCatalog.CreateDefault(loggerFactory), agentName, parse.GetValue(options.AgentUrl),
            parse.GetRequiredValue(options.AgentActionSpace), parse.GetValue(options.AgentTimeout), parse.GetValue(options.AgentRetries), loggerFactory);
        if (!agents.Names.Contains(agentName, StringComparer.OrdinalIgnoreCase))
        {
            throw new CliException($"unknown agent '{agentName}' (--agent): expected one of {string.Join(", ", agents.Names)}");
        }

        return await new OmniActAgentVerb(settings, () => agents.Create(agentName), parse.GetValue(options.SideFiles) ?? [])
            .ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }
}
