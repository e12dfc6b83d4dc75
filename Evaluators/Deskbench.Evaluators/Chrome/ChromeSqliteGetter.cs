using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;
using Microsoft.Data.Sqlite;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>history</c> / <c>cookie_data</c> <c>{dest}</c>: copies a profile sqlite file (History, Cookies) into the task's cache
/// as <c>dest</c> and returns the rows of <paramref name="query"/> as lists (Python tuples). A missing file is None, as in
/// OSWorld; a file that is not a readable database is an evaluation error naming the getter (OSWorld logs it and returns
/// None). Blob columns (encrypted cookie values) become base64 strings.
/// </summary>
public sealed class ChromeSqliteGetter(string name, string profileFile, string query) : IGetter
{
    public string Name => name;

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var dest = PythonValues.AsString(PythonIndexing.GetItem(spec, "dest"))
            ?? throw new ChromeGetterException(Name, "'dest' must be a file name");
        var guestPath = ChromeEnvironment.ProfileFile(context.Environment, profileFile);
        var local = await ChromeProfileFiles.DownloadToCacheAsync(context, guestPath, dest, cancellationToken);
        if (local is null)
        {
            return null;
        }

        try
        {
            return await ReadRowsAsync(local, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new ChromeGetterException(Name, $"{guestPath} is not a readable {profileFile} database: {ex.Message}", ex);
        }
    }

    private async Task<JsonArray> ReadRowsAsync(string local, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = local, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new JsonArray();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new JsonArray();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Add(reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    long number => JsonValue.Create(number),
                    double number => JsonValue.Create(number),
                    byte[] bytes => JsonValue.Create(Convert.ToBase64String(bytes)),
                    var other => JsonValue.Create(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)),
                });
            }

            rows.Add(row);
        }

        return rows;
    }
}
