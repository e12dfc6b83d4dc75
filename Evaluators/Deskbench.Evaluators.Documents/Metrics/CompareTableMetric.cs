using Deskbench.Evaluators.Documents.Spreadsheets;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_table(result, expected=None, rules=[…])</c> (table.py): checks the rules in order and scores 1 only when all
/// pass. A None or missing result, or a result that does not open as a workbook, scores 0 as in OSWorld (logged there, an
/// agent that broke the file fails the task); an unreadable <em>expected</em> workbook is an evaluation error naming the
/// file. Rule types: sheet_name, sheet_data, sheet_print, sheet_fuzzy, sparkline, chart, style, freeze, zoom,
/// data_validation, row_props, col_props, filter, pivot_table, check_cell; sheet references int / RI / EI / RN / EN.
/// </summary>
public sealed class CompareTableMetric : IMetric
{
    public string Name => "compare_table";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var resultPath = PythonValues.AsString(call.Result);
        if (resultPath is null || !File.Exists(resultPath))
        {
            return ValueTask.FromResult(0.0);
        }

        XlsxBook result;
        try
        {
            result = XlsxBook.Open(Name, resultPath);
        }
        catch (DocumentReadException)
        {
            return ValueTask.FromResult(0.0);
        }

        var expectedPath = call.HasExpected ? PythonValues.AsString(call.Expected) : null;
        XlsxBook? expected;
        try
        {
            expected = expectedPath is null ? null : XlsxBook.Open(Name, expectedPath);
        }
        catch
        {
            result.Dispose();
            throw;
        }

        using var books = new TableBooks(resultPath, result, expectedPath, expected);
        var checks = new TableRuleChecks(books);
        var rules = call.Option("rules") ?? throw new MetricArgumentException("compare_table: the options have no 'rules'");
        foreach (var rule in PythonIndexing.Iterate(rules))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (checks.Check(rule) is not true)
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }
}
