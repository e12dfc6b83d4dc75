using System.Security.Cryptography;

namespace Deskbench.Infra.Local;

/// <summary>
/// The <c>.deskbench-owner</c> file that marks a folder the provider created (a desktop's HOME, its runtime folder) with
/// the processes using it, so a later harness can tell a folder left by a killed one (<see cref="StaleScratchSweeper"/>).
/// Written atomically (temporary file, then rename): a reader sees a whole record or none.
/// </summary>
internal static class ScratchOwnerFile
{
    public const string FileName = ".deskbench-owner";

    /// <summary>Owner files are a few lines; anything bigger is not one.</summary>
    private const long MaxLength = 4096;

    public static void Write(string folder, ScratchOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var temporary = Path.Combine(folder, $"{FileName}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.tmp");
        File.WriteAllText(temporary, owner.Format());
        File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
    }

    /// <summary>The owner recorded in <paramref name="folder"/>; null when there is no regular, well-formed owner file.</summary>
    public static ScratchOwner? TryRead(string folder)
    {
        var file = new FileInfo(Path.Combine(folder, FileName));
        try
        {
            if (!file.Exists || file.LinkTarget is not null || file.Length > MaxLength)
            {
                return null;
            }

            return ScratchOwner.TryParse(File.ReadAllText(file.FullName));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Removes the mark, so the folder is no longer anyone's scratch (a HOME kept on request).</summary>
    public static void Remove(string folder) => File.Delete(Path.Combine(folder, FileName));
}
