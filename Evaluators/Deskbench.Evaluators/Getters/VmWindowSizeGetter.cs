using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// <c>vm_window_size</c> <c>{app_class_name}</c>: <c>{"width": w, "height": h}</c> of the first window of that WM_CLASS
/// (<c>POST /window_size</c>), or null when none has it.
/// </summary>
public sealed class VmWindowSizeGetter : IGetter
{
    public string Name => "vm_window_size";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var className = PythonValues.AsString(PythonIndexing.GetItem(spec, "app_class_name"))
            ?? throw PythonErrorException.TypeError("app_class_name must be a string");
        return await context.Environment.Guest.GetWindowSizeAsync(className, cancellationToken) is { } size
            ? new JsonObject { ["width"] = size.Width, ["height"] = size.Height }
            : null;
    }
}
