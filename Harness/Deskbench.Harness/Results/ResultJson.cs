using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Deskbench.Harness.Results;

/// <summary>JSON settings of the files Deskbench writes into results folders: snake_case, as OSWorld's files.</summary>
public static class ResultJson
{
    /// <summary>Indented snake_case, for result.json, run.json and args.json.</summary>
    public static JsonSerializerOptions Document { get; } = Create(indented: true);

    /// <summary>One line per value, for traj.jsonl.</summary>
    public static JsonSerializerOptions Line { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
