using Deskbench.Guest.Linux.Native;

namespace Deskbench.Guest.Linux;

/// <summary>One window property as read by <c>XGetWindowProperty</c>: its type atom, format (8/16/32) and raw items.</summary>
internal sealed record X11Property(nuint Type, int Format, byte[] Bytes, nuint[] Items)
{
    private const nint MaxLongs = 1 << 20;

    /// <summary>
    /// Reads <paramref name="property"/> of <paramref name="window"/>; null when absent or the window is gone.
    /// Call with the connection's gate held. Format-32 items (C longs) land in <see cref="Items"/>, others in <see cref="Bytes"/>.
    /// </summary>
    public static unsafe X11Property? Read(X11Connection connection, nuint window, nuint property)
    {
        XErrorTrap.Clear();
        var status = Xlib.XGetWindowProperty(
            connection.Handle, window, property, 0, MaxLongs, 0, (nuint)Xlib.AnyPropertyType,
            out var type, out var format, out var count, out _, out var data);
        var error = XErrorTrap.Take();
        if (status != Xlib.Success || error is not null || type == 0)
        {
            if (data != null)
            {
                Xlib.XFree(data);
            }

            return null;
        }

        try
        {
            var n = checked((int)count);
            return format switch
            {
                32 => new X11Property(type, format, [], new ReadOnlySpan<nuint>(data, n).ToArray()),
                16 => new X11Property(type, format, new ReadOnlySpan<byte>(data, n * 2).ToArray(), []),
                _ => new X11Property(type, format, new ReadOnlySpan<byte>(data, n).ToArray(), []),
            };
        }
        finally
        {
            Xlib.XFree(data);
        }
    }
}
