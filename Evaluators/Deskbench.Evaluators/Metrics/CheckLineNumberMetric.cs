using System.Numerics;
using System.Text.RegularExpressions;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_line_number(file_path, line_number)</c>: 1 when the number of lines containing a time <c>HH:MM:SS</c> equals
/// <c>int(line_number["expected"])</c>. A None or missing file, or any error, scores 0.
/// </summary>
public sealed partial class CheckLineNumberMetric : IMetric
{
    public string Name => "check_line_number";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var lineNumber = call.RequireExpected(Name);
        if (PythonValues.AsString(call.Result) is not { } path || !File.Exists(path))
        {
            if (call.Result is not null && PythonValues.AsString(call.Result) is null)
            {
                throw PythonErrorException.TypeError("stat: path should be string, bytes, os.PathLike or integer");
            }

            return ValueTask.FromResult(0.0);
        }

        try
        {
            var count = PythonText.IterateLines(PythonText.ReadText(path)).Count(line => TimeOfDay().IsMatch(line));
            return ValueTask.FromResult(count == PythonInt(PythonIndexing.GetItem(lineNumber, "expected")) ? 1.0 : 0.0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ValueTask.FromResult(0.0);
        }
    }

    /// <summary>Python's <c>int(x)</c> for ints, bools, floats (truncated) and decimal strings.</summary>
    private static BigInteger PythonInt(System.Text.Json.Nodes.JsonNode? value)
    {
        switch (PythonValues.TypeOf(value))
        {
            case PythonType.Int or PythonType.Bool:
                return PythonValues.GetInteger(value);
            case PythonType.Float:
                return new BigInteger(Math.Truncate(PythonValues.GetFloat(value)));
            case PythonType.Str:
                var text = PythonText.Strip(value!.GetValue<string>()).Replace("_", string.Empty, StringComparison.Ordinal);
                return BigInteger.Parse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture);
            default:
                throw PythonErrorException.TypeError($"int() argument must be a string or a number, not '{PythonOperators.Describe(value)}'");
        }
    }

    [GeneratedRegex("([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)")]
    private static partial Regex TimeOfDay();
}
