using System.Globalization;
using Deskbench.Evaluators.Python;
using Microsoft.Data.Sqlite;

namespace Deskbench.Evaluators.Metrics.General;

/// <summary>
/// <c>run_sqlite3(result, rules)</c>: runs <c>rules["sql"]</c> on the SQLite file and returns <c>float(first column of the
/// first row or 0)</c>. The database (the task cache's copy) is opened read-write, as Python's <c>sqlite3.connect</c>
/// does, so a copied WAL-mode database opens. A missing file, an SQL error, no row, or a text value that is not a number
/// raise (an evaluation error), as in OSWorld.
/// </summary>
public sealed class RunSqlite3Metric : IMetric
{
    public string Name => "run_sqlite3";

    public async ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        var path = PythonIndexing.AsPath(call.Result);
        var sql = PythonValues.AsString(PythonIndexing.GetItem(rules, "sql"))
            ?? throw new MetricArgumentException($"{Name}: rules[\"sql\"] must be a string");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{Name}: no database file at {path}", path);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw PythonErrorException.TypeError("'NoneType' object is not subscriptable (the query returned no row)");
        }

        var value = reader.IsDBNull(0) ? null : reader.GetValue(0);
        return value switch
        {
            null => 0.0,
            long integer => integer,
            double real => real,
            string text => double.TryParse(PythonText.Strip(text), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw PythonErrorException.ValueError($"could not convert string to float: '{text}'"),
            byte[] => throw PythonErrorException.TypeError("float() argument must be a string or a real number, not 'bytes'"),
            _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        };
    }
}
