using System.Globalization;
using System.Net.Sockets;

namespace Deskbench.Guest.Session;

/// <summary>Tells whether an X server already owns a display number (a live lock file, or a socket that accepts connections).</summary>
internal static class DisplayOccupancy
{
    /// <summary>Why <paramref name="display"/> is taken, or null when an X server may start on it.</summary>
    public static string? FindOccupant(XDisplayName display)
    {
        var lockOwner = ReadLockOwner(display.LockFilePath);
        if (lockOwner is { } pid && PosixNative.ProcessExists(pid))
        {
            return $"display {display} is already in use: {display.LockFilePath} belongs to running process {pid}";
        }

        if (lockOwner is null && File.Exists(display.LockFilePath))
        {
            return $"display {display} is already in use: lock file {display.LockFilePath} exists";
        }

        if (SocketAcceptsConnections(display.SocketPath))
        {
            return $"display {display} is already in use: an X server answers on {display.SocketPath}";
        }

        return null;
    }

    /// <summary>The pid holding the display's lock file, or null.</summary>
    public static int? LockOwner(XDisplayName display) => ReadLockOwner(display.LockFilePath);

    /// <summary>The pid in an X lock file; null when there is no file or it cannot be read as a pid.</summary>
    private static int? ReadLockOwner(string lockFilePath)
    {
        try
        {
            var text = File.ReadAllText(lockFilePath).Trim();
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool SocketAcceptsConnections(string socketPath)
    {
        if (!File.Exists(socketPath))
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
