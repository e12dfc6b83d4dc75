using System.Globalization;
using System.Text;

namespace Deskbench.Infra.Local;

/// <summary>
/// Who owns a scratch folder: the processes that use it (the harness, then the desktop's guest) on one boot of this
/// machine, in one pid namespace. The folder is stale once none of them runs; a folder written on another boot is stale
/// too; one written in another pid namespace cannot be judged from here and counts as in use.
/// </summary>
internal sealed record ScratchOwner(string BootId, string PidNamespace, IReadOnlyList<OwnerProcess> Processes)
{
    private const string Header = "deskbench-scratch-owner 1";

    private static readonly Lazy<string> CurrentBootId = new(() => ReadOrEmpty("/proc/sys/kernel/random/boot_id"));

    private static readonly Lazy<string> CurrentPidNamespace = new(() => new FileInfo("/proc/self/ns/pid").LinkTarget ?? string.Empty);

    /// <summary>An owner record of <paramref name="processes"/> on this boot and in this pid namespace.</summary>
    public static ScratchOwner Here(IReadOnlyList<OwnerProcess> processes) => new(CurrentBootId.Value, CurrentPidNamespace.Value, processes);

    /// <summary>False when every owner process has ended (or the record is from an earlier boot): the folder may be removed.</summary>
    public bool IsInUse()
    {
        if (BootId.Length > 0 && CurrentBootId.Value.Length > 0 && BootId != CurrentBootId.Value)
        {
            return false;
        }

        return PidNamespace != CurrentPidNamespace.Value || Processes.Any(p => p.IsRunning);
    }

    public string Format()
    {
        var text = new StringBuilder().Append(Header).Append('\n')
            .Append("boot ").Append(BootId).Append('\n')
            .Append("pidns ").Append(PidNamespace).Append('\n');
        foreach (var process in Processes)
        {
            text.Append(CultureInfo.InvariantCulture, $"process {process.Pid} {process.StartTime}\n");
        }

        return text.ToString();
    }

    /// <summary>The record in <paramref name="text"/>, or null unless it is complete and well formed (header, boot, pidns, ≥ 1 process).</summary>
    public static ScratchOwner? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 4 || lines[0] != Header || !lines[1].StartsWith("boot ", StringComparison.Ordinal)
            || !lines[2].StartsWith("pidns ", StringComparison.Ordinal))
        {
            return null;
        }

        var processes = new List<OwnerProcess>();
        foreach (var line in lines.Skip(3))
        {
            var fields = line.Split(' ');
            if (fields.Length != 3 || fields[0] != "process"
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 0
                || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var startTime))
            {
                return null;
            }

            processes.Add(new OwnerProcess(pid, startTime));
        }

        return new ScratchOwner(lines[1]["boot ".Length..], lines[2]["pidns ".Length..], processes);
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
