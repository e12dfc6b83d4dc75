using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// A getter that reads one JSON file of the profile and projects a value from it, like the Preferences getters of OSWorld's
/// chrome.py. <paramref name="read"/> receives the parsed file, or null when the file does not exist (OSWorld's fallback
/// value then applies). A corrupt file is an evaluation error naming the getter.
/// </summary>
public sealed class ChromePreferencesGetter(string name, ChromeProfileFile file, Func<JsonObject?, JsonNode?> read) : IGetter
{
    public string Name => name;

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var path = file == ChromeProfileFile.LocalState
            ? ChromeEnvironment.LocalStateFile(context.Environment)
            : ChromeEnvironment.ProfileFile(context.Environment, "Preferences");
        var data = await ChromeProfileFiles.ReadJsonAsync(context, Name, path, cancellationToken);
        try
        {
            return read(data);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or Python.PythonErrorException)
        {
            throw new ChromeGetterException(Name, $"{path} does not have the expected shape: {ex.Message}", ex);
        }
    }
}
