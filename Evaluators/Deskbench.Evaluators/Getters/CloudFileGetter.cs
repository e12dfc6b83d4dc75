using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// <c>cloud_file</c> <c>{path: url, dest, multi?, gives?}</c>: the file at each URL, taken from the asset cache (there is no
/// internet at evaluation time) and copied to <c>CacheDirectory/dest</c>. As in OSWorld, an existing <c>dest</c> is kept and
/// not fetched again (so a <c>dest</c> shared with a <c>vm_file</c> result returns that file).
/// </summary>
public sealed class CloudFileGetter : IGetter
{
    public string Name => "cloud_file";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var files = FileGetterSpec.Parse(spec);
        var given = new List<string?>();
        for (var i = 0; i < files.Count; i++)
        {
            var localPath = Path.Combine(context.CacheDirectory, files.Destinations[i]);
            if (files.Gives.Contains(i))
            {
                given.Add(localPath);
            }

            if (File.Exists(localPath) || Directory.Exists(localPath))
            {
                continue;
            }

            var cached = await context.Assets.GetLocalPathAsync(files.Paths[i], cancellationToken);
            Directory.CreateDirectory(Path.GetDirectoryName(localPath) ?? context.CacheDirectory);
            File.Copy(cached, localPath);
        }

        return FileGetterSpec.ToResult(given);
    }
}
