using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters.Apps;

/// <summary>
/// <c>replay</c> <c>{actions: [{type: hotkey|typewrite|press, param}]}</c> (also read from <c>trajectory</c>): replays
/// keyboard input in the guest (OSWorld's <c>pyautogui.hotkey/typewrite/press</c>) and returns None. OSWorld exports this
/// getter but no task uses it; an unknown action type is an error naming it.
/// </summary>
public sealed class ReplayGetter : IGetter
{
    public string Name => "replay";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var steps = (spec["actions"] ?? spec["trajectory"]) as JsonArray
            ?? throw new ArgumentException($"{Name}: the spec needs a list 'actions' of {{type, param}} objects");
        var actions = steps.Select(ToAction).ToList();
        var outcome = await context.Environment.Guest.ExecuteActionsAsync(actions, cancellationToken);
        return outcome.AllSucceeded
            ? null
            : throw new InvalidOperationException($"{Name}: the guest could not replay the input");
    }

    private DesktopAction ToAction(JsonNode? step, int index)
    {
        var type = PythonValues.AsString(PythonIndexing.Get(step, "type"));
        var param = PythonIndexing.Get(step, "param");
        return type switch
        {
            "hotkey" => new HotkeyAction([.. PythonIndexing.Iterate(param).Select(PythonFormatting.Str)]),
            "typewrite" => new TypeTextAction(PythonFormatting.Str(param)),
            "press" => new KeyPressAction(PythonFormatting.Str(param)),
            _ => throw new ArgumentException($"{Name}: action {index} has unknown type '{type}' (expected hotkey, typewrite or press)"),
        };
    }
}
