using Tmds.DBus.Protocol;

namespace Deskbench.Guest.Accessibility;

/// <summary>The per-object AT-SPI calls (Accessible, Component, Text, Value, Action, Table, Application, Cache).</summary>
public sealed partial class AtspiChannel
{
    public Task<AccessibleRef[]> GetChildrenAsync(AccessibleRef target) =>
        _connection.CallMethodAsync(Call(target, AtspiNames.Accessible, "GetChildren"), ReadRefs, null);

    public Task<AccessibleRef> GetChildAtIndexAsync(AccessibleRef target, int index)
    {
        using var writer = _connection.GetMessageWriter();
        writer.WriteMethodCallHeader(Destination(target), target.Path, AtspiNames.Accessible, "GetChildAtIndex", "i", MessageFlags.None);
        writer.WriteInt32(index);
        return _connection.CallMethodAsync(writer.CreateMessage(), static (message, _) =>
        {
            var reader = message.GetBodyReader();
            return ReadRef(ref reader);
        }, null);
    }

    public Task<uint> GetRoleAsync(AccessibleRef target) =>
        _connection.CallMethodAsync(Call(target, AtspiNames.Accessible, "GetRole"), static (message, _) => message.GetBodyReader().ReadUInt32(), null);

    public Task<string> GetRoleNameAsync(AccessibleRef target) =>
        _connection.CallMethodAsync(Call(target, AtspiNames.Accessible, "GetRoleName"), static (message, _) => message.GetBodyReader().ReadString(), null);

    /// <summary>The state set as a 64-bit mask (bit n = AT-SPI state n).</summary>
    public Task<ulong> GetStatesAsync(AccessibleRef target) =>
        _connection.CallMethodAsync(
            Call(target, AtspiNames.Accessible, "GetState"),
            static (message, _) => AtspiStates.FromWords(message.GetBodyReader().ReadArrayOfUInt32()),
            null);

    public Task<string[]> GetInterfacesAsync(AccessibleRef target) =>
        _connection.CallMethodAsync(Call(target, AtspiNames.Accessible, "GetInterfaces"), static (message, _) => message.GetBodyReader().ReadArrayOfString(), null);

    /// <summary>The object attributes in the order the application sent them.</summary>
    public Task<List<KeyValuePair<string, string>>> GetAttributesAsync(AccessibleRef target) =>
        _connection.CallMethodAsync(Call(target, AtspiNames.Accessible, "GetAttributes"), static (message, _) =>
        {
            var reader = message.GetBodyReader();
            var list = new List<KeyValuePair<string, string>>();
            var end = reader.ReadDictionaryStart();
            while (reader.HasNext(end))
            {
                reader.AlignStruct();
                var key = reader.ReadString();
                list.Add(new KeyValuePair<string, string>(key, reader.ReadString()));
            }

            return list;
        }, null);

    public Task<string> GetNameAsync(AccessibleRef target) =>
        _connection.CallMethodAsync(PropertyCall(target, AtspiNames.Accessible, "Get", "Name"), static (message, _) =>
        {
            var reader = message.GetBodyReader();
            reader.ReadSignature("s"u8);
            return reader.ReadString();
        }, null);

    public Task<int> GetChildCountAsync(AccessibleRef target) =>
        GetInt32PropertyAsync(target, AtspiNames.Accessible, "ChildCount");

    /// <summary>The table's column count (LibreOffice Calc: 16384 from version 7.4 on, 1024 before).</summary>
    public Task<int> GetTableColumnCountAsync(AccessibleRef target) =>
        GetInt32PropertyAsync(target, AtspiNames.Table, "NColumns");

    /// <summary>Screen coordinates (x, y, width, height), as pyatspi's <c>getExtents(XY_SCREEN)</c>.</summary>
    public Task<(int X, int Y, int Width, int Height)> GetExtentsAsync(AccessibleRef target)
    {
        using var writer = _connection.GetMessageWriter();
        writer.WriteMethodCallHeader(Destination(target), target.Path, AtspiNames.Component, "GetExtents", "u", MessageFlags.None);
        writer.WriteUInt32(0);
        return _connection.CallMethodAsync(writer.CreateMessage(), static (message, _) =>
        {
            var reader = message.GetBodyReader();
            reader.AlignStruct();
            return (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        }, null);
    }

    /// <summary>The whole text content (<c>GetText(0, -1)</c>).</summary>
    public Task<string> GetTextAsync(AccessibleRef target)
    {
        using var writer = _connection.GetMessageWriter();
        writer.WriteMethodCallHeader(Destination(target), target.Path, AtspiNames.Text, "GetText", "ii", MessageFlags.None);
        writer.WriteInt32(0);
        writer.WriteInt32(-1);
        return _connection.CallMethodAsync(writer.CreateMessage(), static (message, _) => message.GetBodyReader().ReadString(), null);
    }

    /// <summary>
    /// One property of the Value interface (CurrentValue, MinimumValue, MaximumValue, MinimumIncrement). Asked one by one:
    /// <c>GetAll</c> makes some bridges (Chromium's) write a malformed reply, which aborts the application.
    /// </summary>
    public Task<double> GetValuePropertyAsync(AccessibleRef target, string property) =>
        _connection.CallMethodAsync(PropertyCall(target, AtspiNames.Value, "Get", property), static (message, _) =>
        {
            var reader = message.GetBodyReader();
            return reader.ReadVariantValue().GetDouble();
        }, null);

    /// <summary>
    /// All Value properties in one call (<c>GetAll</c>). Only for objects known to answer it well (GTK, LibreOffice Calc
    /// cells): Chromium's bridge writes a malformed reply that aborts the browser.
    /// </summary>
    public Task<Dictionary<string, VariantValue>> GetValuePropertiesAsync(AccessibleRef target) =>
        _connection.CallMethodAsync(
            PropertyCall(target, AtspiNames.Value, "GetAll", null),
            static (message, _) => message.GetBodyReader().ReadDictionaryOfStringToVariantValue(),
            null);

    /// <summary>The application's toolkit (<c>gtk</c>, <c>Chromium</c>, <c>Qt</c>, …).</summary>
    public Task<string> GetToolkitNameAsync(AccessibleRef application) =>
        _connection.CallMethodAsync(PropertyCall(application, AtspiNames.Application, "Get", "ToolkitName"), static (message, _) =>
        {
            var reader = message.GetBodyReader();
            return reader.ReadVariantValue().GetString();
        }, null);

    /// <summary>Every action as (localized name, description, key binding).</summary>
    public Task<List<(string Name, string Description, string KeyBinding)>> GetActionsAsync(AccessibleRef target) =>
        _connection.CallMethodAsync(Call(target, AtspiNames.Action, "GetActions"), static (message, _) =>
        {
            var reader = message.GetBodyReader();
            var list = new List<(string, string, string)>();
            var end = reader.ReadArrayStart(DBusType.Struct);
            while (reader.HasNext(end))
            {
                reader.AlignStruct();
                list.Add((reader.ReadString(), reader.ReadString(), reader.ReadString()));
            }

            return list;
        }, null);

    /// <summary>The non-localized name of action <paramref name="index"/> (what pyatspi's <c>getName(i)</c> returns).</summary>
    public Task<string> GetActionNameAsync(AccessibleRef target, int index)
    {
        using var writer = _connection.GetMessageWriter();
        writer.WriteMethodCallHeader(Destination(target), target.Path, AtspiNames.Action, "GetName", "i", MessageFlags.None);
        writer.WriteInt32(index);
        return _connection.CallMethodAsync(writer.CreateMessage(), static (message, _) => message.GetBodyReader().ReadString(), null);
    }

    /// <summary>
    /// Asks an application for its private bus address. The answer is not used, but GTK's bridge creates its object cache
    /// (<c>/org/a11y/atspi/cache</c>) only once a client has asked this, as libatspi does on first contact.
    /// </summary>
    public Task<string> GetApplicationBusAddressAsync(AccessibleRef application) =>
        _connection.CallMethodAsync(
            Call(application, AtspiNames.Application, "GetApplicationBusAddress"),
            static (message, _) => message.GetBodyReader().ReadString(),
            null);

    /// <summary>The application's object cache: every object it announces, with name, role, interfaces and states.</summary>
    public Task<List<CacheItem>> GetCacheItemsAsync(string bus) =>
        _connection.CallMethodAsync(Call(new AccessibleRef(bus, AtspiNames.CachePath), AtspiNames.Cache, "GetItems"), static (message, _) =>
        {
            var reader = message.GetBodyReader();
            if (message.SignatureAsString != "a((so)(so)(so)iiassusau)")
            {
                return [];
            }

            var list = new List<CacheItem>();
            var end = reader.ReadArrayStart(DBusType.Struct);
            while (reader.HasNext(end))
            {
                reader.AlignStruct();
                var self = ReadRef(ref reader);
                ReadRef(ref reader);
                var parent = ReadRef(ref reader);
                var index = reader.ReadInt32();
                var childCount = reader.ReadInt32();
                var interfaces = reader.ReadArrayOfString();
                var name = reader.ReadString();
                var role = reader.ReadUInt32();
                reader.ReadString();
                var states = AtspiStates.FromWords(reader.ReadArrayOfUInt32());
                list.Add(new CacheItem(self, parent, index < 0 ? null : index, name, role, interfaces, states, childCount < 0 ? null : childCount));
            }

            return list;
        }, null);

    /// <summary>On the session bus: the accessibility bus address (<c>org.a11y.Bus.GetAddress</c>).</summary>
    internal Task<string> GetAccessibilityBusAddressAsync() =>
        _connection.CallMethodAsync(
            Call(new AccessibleRef("org.a11y.Bus", "/org/a11y/bus"), "org.a11y.Bus", "GetAddress"),
            static (message, _) => message.GetBodyReader().ReadString(),
            null);

    private Task<int> GetInt32PropertyAsync(AccessibleRef target, string @interface, string property) =>
        _connection.CallMethodAsync(PropertyCall(target, @interface, "Get", property), static (message, _) =>
        {
            var reader = message.GetBodyReader();
            return reader.ReadVariantValue().GetInt32();
        }, null);
}
