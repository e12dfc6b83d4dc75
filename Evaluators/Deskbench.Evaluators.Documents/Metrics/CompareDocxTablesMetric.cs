using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_docx_tables(file1, file2)</c> (docs.py): the same number of body tables, each with the same row and grid
/// column counts and the same stripped cell texts. A missing path or a result that does not open scores 0.
/// </summary>
public sealed class CompareDocxTablesMetric : IMetric
{
    public string Name => "compare_docx_tables";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var file1 = PythonValues.AsString(call.Result);
        var file2 = PythonValues.AsString(call.RequireExpected(Name));
        if (string.IsNullOrEmpty(file1) || string.IsNullOrEmpty(file2) || DocxFileComparison.TryOpen(() => DocxDocument.Open(Name, file1)) is not { } doc1)
        {
            return ValueTask.FromResult(0.0);
        }

        var doc2 = DocxDocument.Open(Name, file2);
        if (doc1.Tables.Count != doc2.Tables.Count)
        {
            return ValueTask.FromResult(0.0);
        }

        foreach (var (table1, table2) in doc1.Tables.Zip(doc2.Tables))
        {
            if (table1.RowCount != table2.RowCount || table1.ColumnCount != table2.ColumnCount)
            {
                return ValueTask.FromResult(0.0);
            }

            for (var i = 0; i < table1.RowCount; i++)
            {
                for (var j = 0; j < table1.ColumnCount; j++)
                {
                    if (table1.CellText(i, j).Trim() != table2.CellText(i, j).Trim())
                    {
                        return ValueTask.FromResult(0.0);
                    }
                }
            }
        }

        return ValueTask.FromResult(1.0);
    }
}
