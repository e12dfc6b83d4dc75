using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>is_shortcut_on_desktop(shortcuts, rule)</c> on <c>{file: content}</c>: rule type <c>name</c> scores 1 when some
/// content holds the line <c>Name=&lt;rule.name&gt;</c> (followed by a newline), <c>exec</c> the line
/// <c>Exec=&lt;rule.exec&gt;</c>; other types raise TypeError.
/// </summary>
public sealed class IsShortcutOnDesktopMetric : IMetric
{
    public string Name => "is_shortcut_on_desktop";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        var type = PythonIndexing.GetItem(rule, "type");
        var line = PythonValues.AsString(type) switch
        {
            "name" => "Name=" + ChromeRuleValues.RequireString(rule, "name") + "\n",
            "exec" => "Exec=" + ChromeRuleValues.RequireString(rule, "exec") + "\n",
            _ => throw ChromeRuleValues.NotSupported(type),
        };
        var shortcuts = call.Result as JsonObject
            ?? throw PythonErrorException.AttributeError($"'{PythonOperators.Describe(call.Result)}' object has no attribute 'items'");
        var found = shortcuts.Any(pair => PythonValues.AsString(pair.Value)?.Contains(line, StringComparison.Ordinal) == true);
        return ValueTask.FromResult(found ? 1.0 : 0.0);
    }
}
