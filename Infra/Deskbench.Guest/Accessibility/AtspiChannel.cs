using Tmds.DBus.Protocol;

namespace Deskbench.Guest.Accessibility;

/// <summary>
/// One D-Bus connection AT-SPI calls go over: the accessibility bus itself, or an application's private peer-to-peer
/// socket (which skips the bus daemon, halving the hops per call). Calls are independent messages: any number may be in
/// flight at once (pipelining).
/// </summary>
public sealed partial class AtspiChannel : IDisposable
{
    private readonly DBusConnection _connection;

    internal AtspiChannel(DBusConnection connection, bool isPeer)
    {
        _connection = connection;
        IsPeer = isPeer;
    }

    /// <summary>True for an application's private socket (messages carry no destination).</summary>
    public bool IsPeer { get; }

    /// <summary>Completes when the connection is gone (the application exited).</summary>
    public Task Disconnected => _connection.DisconnectedAsync();

    public void Dispose() => _connection.Dispose();

    private string? Destination(AccessibleRef target) => IsPeer ? null : target.Bus;

    private MessageBuffer Call(AccessibleRef target, string @interface, string member)
    {
        using var writer = _connection.GetMessageWriter();
        writer.WriteMethodCallHeader(Destination(target), target.Path, @interface, member, null, MessageFlags.None);
        return writer.CreateMessage();
    }

    private MessageBuffer PropertyCall(AccessibleRef target, string @interface, string member, string? property)
    {
        using var writer = _connection.GetMessageWriter();
        writer.WriteMethodCallHeader(Destination(target), target.Path, AtspiNames.Properties, member, property is null ? "s" : "ss", MessageFlags.None);
        writer.WriteString(@interface);
        if (property is not null)
        {
            writer.WriteString(property);
        }

        return writer.CreateMessage();
    }

    private static AccessibleRef ReadRef(ref Reader reader)
    {
        reader.AlignStruct();
        var bus = reader.ReadString();
        var path = reader.ReadObjectPathAsString();
        return new AccessibleRef(bus, path);
    }

    private static AccessibleRef[] ReadRefs(Message message, object? state)
    {
        var reader = message.GetBodyReader();
        var list = new List<AccessibleRef>();
        var end = reader.ReadArrayStart(DBusType.Struct);
        while (reader.HasNext(end))
        {
            list.Add(ReadRef(ref reader));
        }

        return [.. list];
    }
}
