using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>
/// <c>check_qt_slider_colours(config_path, rule)</c>: the last <c>qt-slider-colours</c> line's value (VLC's default when
/// absent). <c>rule.type == "match"</c>: equal to <c>rule.expected_qt_slider_colours</c>; <c>"blackish"</c>: every RGB
/// triple has all components below 100 (an unparsable value scores 0). Another type returns None in OSWorld: 0 here.
/// </summary>
public sealed class CheckQtSliderColoursMetric : IMetric
{
    private const string DefaultColours = "153;210;153;20;210;20;255;199;15;245;39;29";

    public string Name => "check_qt_slider_colours";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var colours = VlcConfigText.LastValue(VlcConfigText.ReadLines(Name, call.Result), "qt-slider-colours", DefaultColours);
        var score = PythonValues.AsString(PythonIndexing.GetItem(rule, "type")) switch
        {
            "match" => PythonEquality.AreEqual(PythonIndexing.GetItem(rule, "expected_qt_slider_colours"), colours),
            "blackish" => IsBlackish(colours),
            _ => false,
        };
        return ValueTask.FromResult(score ? 1.0 : 0.0);
    }

    private static bool IsBlackish(string colours)
    {
        var values = new List<int>();
        foreach (var part in colours.Split(';'))
        {
            if (!int.TryParse(PythonText.Strip(part), out var value))
            {
                return false;
            }

            values.Add(value);
        }

        // zip(values[0::3], values[1::3], values[2::3]): only whole triples count.
        var triples = values.Count / 3;
        return Enumerable.Range(0, triples).All(i => values[3 * i] < 100 && values[(3 * i) + 1] < 100 && values[(3 * i) + 2] < 100);
    }
}
