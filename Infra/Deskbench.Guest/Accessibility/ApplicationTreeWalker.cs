using Deskbench.Core.Results;

namespace Deskbench.Guest.Accessibility;

/// <summary>
/// Reads one application's subtree into OSWorld's elements. The application's object cache (one <c>GetItems</c> call)
/// supplies names, roles, interfaces and states; the rest (attributes, extents, text, values, actions, children) is asked
/// per node, with every node's calls and all siblings in flight together.
/// </summary>
internal sealed class ApplicationTreeWalker(AccessibilityBus bus, AccessibilityTreeOptions options)
{
    private static readonly (string Property, string Attribute)[] ValueProperties =
    [
        ("CurrentValue", "val:value"),
        ("MinimumValue", "val:min"),
        ("MaximumValue", "val:max"),
        ("MinimumIncrement", "val:step"),
    ];

    private Dictionary<string, CacheItem> _cache = new(StringComparer.Ordinal);
    private long _lastAnswer = Environment.TickCount64;
    private CachedChildren _cachedChildren = CachedChildren.Empty;
    private bool _valuesInOneCall;
    private readonly Dictionary<(int Index, string Localized, string Description), Task<string>> _actionNames = [];

    /// <summary>How long since the application last answered a call of this walk.</summary>
    public TimeSpan Silence => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastAnswer));

    public async Task<AccessibleElement> WalkAsync(AccessibleRef application)
    {
        _cache = await ReadCacheAsync(application).ConfigureAwait(false);
        try
        {
            _valuesInOneCall = string.Equals(await bus.For(application).GetToolkitNameAsync(application).ConfigureAwait(false), "gtk", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception exception) when (exception is Tmds.DBus.Protocol.DBusExceptionBase or InvalidOperationException or InvalidCastException)
        {
            _valuesInOneCall = false;
        }

        return await BuildAsync(application, depth: 1, WalkMode.None, knownStates: null).ConfigureAwait(false);
    }

    private async Task<Dictionary<string, CacheItem>> ReadCacheAsync(AccessibleRef application)
    {
        await bus.OpenPeerAsync(application).ConfigureAwait(false);
        try
        {
            var items = await bus.For(application).GetCacheItemsAsync(application.Bus).ConfigureAwait(false);
            _cachedChildren = new CachedChildren(items, application.Bus);
            var cache = new Dictionary<string, CacheItem>(items.Count, StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (item.Self.Bus == application.Bus)
                {
                    cache[item.Self.Path] = item;
                }
            }

            return cache;
        }
        catch (Tmds.DBus.Protocol.DBusExceptionBase)
        {
            return new Dictionary<string, CacheItem>(StringComparer.Ordinal);
        }
    }

    private async Task<NodeBasics> GetBasicsAsync(AccessibleRef node, ulong? knownStates, NodeBasics? sameKind)
    {
        if (_cache.TryGetValue(node.Path, out var item))
        {
            return new NodeBasics(item.Name, item.Role, item.Interfaces, knownStates ?? item.States, item.ChildCount);
        }

        if (sameKind is not null && knownStates is { } statesOfKind)
        {
            return sameKind with { Name = await bus.For(node).GetNameAsync(node).ConfigureAwait(false), States = statesOfKind };
        }

        var name = bus.For(node).GetNameAsync(node);
        var role = bus.For(node).GetRoleAsync(node);
        var interfaces = bus.For(node).GetInterfacesAsync(node);
        var states = knownStates is { } known ? Task.FromResult(known) : bus.For(node).GetStatesAsync(node);
        return new NodeBasics(
            await name.ConfigureAwait(false),
            await role.ConfigureAwait(false),
            new HashSet<string>(await interfaces.ConfigureAwait(false), StringComparer.Ordinal),
            await states.ConfigureAwait(false),
            null);
    }

    /// <summary>Builds the element of <paramref name="node"/> and its subtree (OSWorld's <c>_create_atspi_node</c>).</summary>
    /// <remarks>
    /// <paramref name="sameKind"/> (with <paramref name="knownStates"/>) gives the role and interfaces of a node known to be
    /// of the same kind as another already read (the cells of one Calc sheet): only its name is asked.
    /// </remarks>
    internal async Task<AccessibleElement> BuildAsync(AccessibleRef node, int depth, WalkMode mode, ulong? knownStates, NodeBasics? sameKind = null)
    {
        var basics = await GetBasicsAsync(node, knownStates, sameKind).ConfigureAwait(false);
        Answered();

        // The children are asked first: the application answers in order, and the next level waits for them. A container
        // that manages its descendants (a Calc sheet) is asked later, once its role says whether it is walked at all.
        var managesDescendants = AtspiStates.Has(basics.States, AtspiStates.ManagesDescendants);
        var children = depth >= options.MaxDepth || basics.ChildCount == 0 || managesDescendants ? null : ChildrenOf(node, basics.States);
        var roleName = AtspiRoles.NameOf(basics.Role) is { } known ? Task.FromResult(known) : bus.For(node).GetRoleNameAsync(node);
        var attributes = bus.For(node).GetAttributesAsync(node);
        var showing = AtspiStates.Has(basics.States, AtspiStates.Visible) && AtspiStates.Has(basics.States, AtspiStates.Showing);
        var extents = showing && basics.Implements(AtspiNames.Component) ? bus.For(node).GetExtentsAsync(node) : null;
        var text = basics.Implements(AtspiNames.Text) ? bus.For(node).GetTextAsync(node) : null;
        // A Calc cell (sameKind) is a LibreOffice object whose bridge answers GetAll well: one call instead of four per cell.
        var valuesInOneCall = _valuesInOneCall || sameKind is not null;
        var valueTable = basics.Implements(AtspiNames.Value) && valuesInOneCall ? bus.For(node).GetValuePropertiesAsync(node) : null;
        var values = basics.Implements(AtspiNames.Value) && !valuesInOneCall
            ? ValueProperties.Select(p => bus.For(node).GetValuePropertyAsync(node, p.Property)).ToArray()
            : null;
        var actions = basics.Implements(AtspiNames.Action) ? bus.For(node).GetActionsAsync(node) : null;

        var rawRole = (await roleName.ConfigureAwait(false)).Trim();
        var tag = (rawRole.Length == 0 ? "unknown" : rawRole).Replace(' ', '-');
        if (!XmlNames.IsNcName(tag))
        {
            tag = "unknown";
        }

        if (mode == WalkMode.None)
        {
            if (rawRole == "document spreadsheet")
            {
                mode = WalkMode.Calc;
            }

            if (rawRole == "application" && basics.Name == "Thunderbird")
            {
                mode = WalkMode.Thunderbird;
            }
        }

        var calcTable = mode == WalkMode.Calc && tag == "table";

        var element = new AccessibleElement(tag);
        element.Set("name", basics.Name);
        foreach (var state in AtspiStates.NamesOf(basics.States))
        {
            element.Set("st:" + state, "true");
        }

        var attributeList = await attributes.ConfigureAwait(false);
        Answered();
        foreach (var (key, value) in attributeList)
        {
            if (key.Length > 0)
            {
                element.Set("attr:" + key, value);
            }
        }

        if (await OptionalBoxAsync(extents).ConfigureAwait(false) is var (x, y, width, height))
        {
            element.Set("cp:screencoord", $"({x}, {y})");
            element.Set("cp:size", $"({width}, {height})");
        }

        if (basics.Implements(AtspiNames.Image))
        {
            element.Set("image", "true");
        }

        if (basics.Implements(AtspiNames.Selection))
        {
            element.Set("selection", "true");
        }

        if (await OptionalAsync(valueTable).ConfigureAwait(false) is { } table)
        {
            foreach (var (property, attribute) in ValueProperties)
            {
                if (table.TryGetValue(property, out var value) && value.Type == Tmds.DBus.Protocol.VariantValueType.Double)
                {
                    element.Set(attribute, PythonFloat.Format(value.GetDouble()));
                }
            }
        }

        if (values is not null)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (await OptionalNumberAsync(values[i]).ConfigureAwait(false) is { } number)
                {
                    element.Set(ValueProperties[i].Attribute, PythonFloat.Format(number));
                }
            }
        }

        if (await OptionalAsync(actions).ConfigureAwait(false) is { } actionList)
        {
            // GetActions carries localized names; pyatspi's getName(i) is the plain one. It is asked once per walk for each
            // (index, localized name, description), which one toolkit action table maps to the same plain name everywhere.
            var names = new Task<string>[actionList.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = ActionName(node, i, actionList[i].Name, actionList[i].Description);
            }

            for (var i = 0; i < names.Length; i++)
            {
                var label = (await OptionalAsync(names[i]).ConfigureAwait(false) ?? actionList[i].Name).Replace(' ', '-');
                element.Set($"act:{label}_desc", actionList[i].Description);
                element.Set($"act:{label}_kb", actionList[i].KeyBinding);
            }
        }

        if (await OptionalAsync(text).ConfigureAwait(false) is { } content)
        {
            element.Text = content.Replace("\uFFFC", "", StringComparison.Ordinal).Replace("\uFFFD", "", StringComparison.Ordinal);
        }

        if (calcTable && depth < options.MaxDepth)
        {
            var visibleHeight = extents is { IsCompletedSuccessfully: true } ? extents.Result.Height : (int?)null;
            var cells = await new CalcTableWalker(bus, this, options).WalkAsync(node, depth, mode, visibleHeight).ConfigureAwait(false);
            element.Children.AddRange(cells);
        }
        else if (depth < options.MaxDepth && basics.ChildCount != 0)
        {
            children ??= ChildrenOf(node, basics.States);
            element.Children.AddRange(await BuildChildrenAsync(await children.ConfigureAwait(false), depth, mode).ConfigureAwait(false));
        }

        return element;
    }

    internal void Answered() => Interlocked.Exchange(ref _lastAnswer, Environment.TickCount64);

    private Task<string> ActionName(AccessibleRef node, int index, string localized, string description)
    {
        if (localized.Length == 0)
        {
            // Nothing to tell this action from another (Chromium sends empty localized names): ask.
            return bus.For(node).GetActionNameAsync(node, index);
        }

        lock (_actionNames)
        {
            if (!_actionNames.TryGetValue((index, localized, description), out var name) || name.IsFaulted)
            {
                name = bus.For(node).GetActionNameAsync(node, index);
                _actionNames[(index, localized, description)] = name;
            }

            return name;
        }
    }

    private Task<IReadOnlyList<AccessibleRef>> ChildrenOf(AccessibleRef node, ulong states) =>
        _cachedChildren.Of(node.Path) is { } cached
            ? Task.FromResult<IReadOnlyList<AccessibleRef>>(cached.Count > options.MaxWidth ? [.. cached.Take(options.MaxWidth)] : cached)
            : ListChildrenAsync(node, states);

    private async Task<IReadOnlyList<AccessibleRef>> ListChildrenAsync(AccessibleRef node, ulong states)
    {
        try
        {
            if (!AtspiStates.Has(states, AtspiStates.ManagesDescendants) && !(_cache.TryGetValue(node.Path, out var item) && item.ChildCount > options.MaxWidth))
            {
                var all = await bus.For(node).GetChildrenAsync(node).ConfigureAwait(false);
                return all.Length > options.MaxWidth ? all[..options.MaxWidth] : all;
            }

            // A container that manages its descendants (or has more children than the width limit) may claim millions of
            // children, which GetChildren would all create: ask for the first MaxWidth one by one.
            var count = Math.Min(await bus.For(node).GetChildCountAsync(node).ConfigureAwait(false), options.MaxWidth);
            var tasks = new Task<AccessibleRef>[Math.Max(0, count)];
            for (var i = 0; i < tasks.Length; i++)
            {
                tasks[i] = bus.For(node).GetChildAtIndexAsync(node, i);
            }

            return await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Tmds.DBus.Protocol.DBusExceptionBase)
        {
            return [];
        }
    }

    /// <summary>
    /// Builds children side by side and keeps them in order up to the first that failed (OSWorld stops its child loop at
    /// the first error and keeps what it had).
    /// </summary>
    public async Task<List<AccessibleElement>> BuildChildrenAsync(IReadOnlyList<AccessibleRef> children, int depth, WalkMode mode)
    {
        var tasks = new List<Task<AccessibleElement>>(children.Count);
        foreach (var child in children)
        {
            if (child.IsNull)
            {
                break;
            }

            tasks.Add(BuildAsync(child, depth + 1, mode, knownStates: null));
        }

        var built = new List<AccessibleElement>(tasks.Count);
        foreach (var task in tasks)
        {
            try
            {
                built.Add(await task.ConfigureAwait(false));
            }
            catch (Tmds.DBus.Protocol.DBusExceptionBase)
            {
                break;
            }
        }

        return built;
    }

    private static async Task<T?> OptionalAsync<T>(Task<T>? task)
        where T : class
    {
        if (task is null)
        {
            return default;
        }

        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (Tmds.DBus.Protocol.DBusExceptionBase)
        {
            return default;
        }
    }

    private static async Task<(int X, int Y, int Width, int Height)?> OptionalBoxAsync(Task<(int X, int Y, int Width, int Height)>? task)
    {
        try
        {
            return task is null ? null : await task.ConfigureAwait(false);
        }
        catch (Tmds.DBus.Protocol.DBusExceptionBase)
        {
            return null;
        }
    }

    private static async Task<double?> OptionalNumberAsync(Task<double> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Tmds.DBus.Protocol.DBusExceptionBase or InvalidOperationException or InvalidCastException)
        {
            return null;
        }
    }
}
