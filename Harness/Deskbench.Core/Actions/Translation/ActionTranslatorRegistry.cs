namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Finds the translator for an agent's declared action space. <see cref="CreateDefault"/> registers pyautogui,
/// computer_13 and deskbench, plus OSWorld's <c>claude_computer_use</c>, which OSWorld executes exactly like pyautogui.
/// </summary>
public sealed class ActionTranslatorRegistry
{
    /// <summary>OSWorld's name for Claude's action space; its actions are pyautogui code.</summary>
    public const string ClaudeComputerUseSpace = "claude_computer_use";

    private readonly Dictionary<string, IActionTranslator> _bySpace = new(StringComparer.Ordinal);

    public ActionTranslatorRegistry(IEnumerable<IActionTranslator> translators)
    {
        ArgumentNullException.ThrowIfNull(translators);
        foreach (var translator in translators)
        {
            Register(translator.ActionSpace, translator);
        }
    }

    /// <summary>The built-in translators for a screen of the given size (used for computer_13 range checks).</summary>
    public static ActionTranslatorRegistry CreateDefault(int screenWidth = 1920, int screenHeight = 1080, double waitSeconds = SpecialActionWords.DefaultWaitSeconds)
    {
        var pyautogui = new PyAutoGuiTranslator(waitSeconds);
        var registry = new ActionTranslatorRegistry(
            [pyautogui, new Computer13Translator(screenWidth, screenHeight, waitSeconds), new DeskbenchActionTranslator(waitSeconds)]);
        registry.Register(ClaudeComputerUseSpace, pyautogui);
        registry.Register(AnthropicActionTranslator.Space, new AnthropicActionTranslator(CoordinateScaling.Identity(screenWidth, screenHeight), waitSeconds));
        registry.Register(OpenAiActionTranslator.Space, new OpenAiActionTranslator(CoordinateScaling.Identity(screenWidth, screenHeight), waitSeconds));
        registry.Register(WaaActionTranslator.Space, new WaaActionTranslator(screenWidth, screenHeight, waitSeconds));
        return registry;
    }

    public IReadOnlyCollection<string> Spaces => _bySpace.Keys;

    /// <summary>Adds or replaces the translator for <paramref name="space"/> (also for aliases of a translator's own space).</summary>
    public void Register(string space, IActionTranslator translator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(space);
        ArgumentNullException.ThrowIfNull(translator);
        _bySpace[space] = translator;
    }

    public bool TryGet(string space, out IActionTranslator translator) => _bySpace.TryGetValue(space, out translator!);

    /// <summary>The translator for <paramref name="space"/>; an unknown space is a configuration error.</summary>
    public IActionTranslator Get(string space) =>
        _bySpace.TryGetValue(space, out var translator)
            ? translator
            : throw new ArgumentException(
                $"unknown action space '{space}'; known spaces: {string.Join(", ", _bySpace.Keys.Order(StringComparer.Ordinal))}", nameof(space));

    public IReadOnlyList<DesktopAction> Translate(string space, AgentAction action) => Get(space).Translate(action);

    /// <summary>
    /// Translates with what the agent was shown (set-of-marks <c>tag_N</c> for pyautogui); spaces whose translator takes no
    /// context translate as without it.
    /// </summary>
    public IReadOnlyList<DesktopAction> Translate(string space, AgentAction action, ActionTranslationContext context) =>
        Get(space) is IContextualActionTranslator contextual ? contextual.Translate(action, context) : Get(space).Translate(action);
}
