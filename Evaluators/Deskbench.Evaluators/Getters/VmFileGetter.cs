using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// <c>vm_file</c> <c>{path, dest, multi?, gives?, time_suffix?, time_format?}</c>: downloads each guest file (<c>POST /file</c>)
/// into <c>CacheDirectory/dest</c> and returns the local path(s). As in OSWorld a missing guest file is not an error: its
/// slot is None. (Unlike OSWorld, an unreachable guest is an evaluation error rather than None: it is an infrastructure
/// failure, not the agent's.)
/// </summary>
public sealed class VmFileGetter : IGetter
{
    private const string DefaultTimeFormat = "%Y%m%d_%H%M%S";

    public string Name => "vm_file";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var files = FileGetterSpec.Parse(spec);
        var destinations = files.Destinations;
        var multi = PythonValues.IsTruthy(PythonIndexing.Get(spec, "multi", JsonValue.Create(false)));
        if (!multi && PythonValues.IsTruthy(PythonIndexing.Get(spec, "time_suffix", JsonValue.Create(false))))
        {
            var format = PythonValues.AsString(PythonIndexing.Get(spec, "time_format")) ?? DefaultTimeFormat;
            var stamp = PythonStrftime.Format(context.Clock.GetLocalNow(), format);
            destinations = [.. destinations.Select(dest =>
                $"{Path.ChangeExtension(dest, null)}_{stamp}{Path.GetExtension(dest)}")];
        }

        var given = new List<string?>();
        for (var i = 0; i < files.Count; i++)
        {
            var localPath = Path.Combine(context.CacheDirectory, destinations[i]);
            var content = await context.Environment.Guest.DownloadFileAsync(files.Paths[i], cancellationToken);
            var saved = content is not null && await TryWriteAsync(context.CacheDirectory, localPath, content, cancellationToken);
            if (files.Gives.Contains(i))
            {
                given.Add(saved ? localPath : null);
            }
        }

        return FileGetterSpec.ToResult(given);
    }

    private static async Task<bool> TryWriteAsync(string cacheDirectory, string localPath, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(cacheDirectory);
            await File.WriteAllBytesAsync(localPath, content, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
