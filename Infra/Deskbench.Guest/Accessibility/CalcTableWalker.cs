namespace Deskbench.Guest.Accessibility;

/// <summary>
/// OSWorld's walk of a LibreOffice Calc sheet table: cell (row, column) is child <c>row × columns + column</c>. Rows are
/// scanned from the first showing column (found by scanning up to column 500 of up to 500 rows) until the first hidden
/// cell; the walk ends at the first row whose first scanned cell is hidden. Cells are probed (reference and states) ahead
/// of the scan, many rows at once, so the answers arrive together; the scan itself follows OSWorld's order exactly.
/// </summary>
internal sealed class CalcTableWalker(AccessibilityBus bus, ApplicationTreeWalker walker, AccessibilityTreeOptions options)
{
    private const int MaxRows = 1_048_576;
    private const int SearchLimit = 500;
    private readonly Dictionary<long, Task<(AccessibleRef Cell, ulong States)>> _probes = [];
    private const int DefaultRowHeight = 17;
    private int _columns;
    private int _rowsAhead = options.CalcRowsAhead;
    private int? _firstShowingRow;

    /// <summary>
    /// Walks the showing cells of <paramref name="table"/>. <paramref name="visibleHeight"/> (the sheet's on-screen height,
    /// when known) sizes the look-ahead so the probes of every visible row go out in one wave.
    /// </summary>
    public async Task<List<AccessibleElement>> WalkAsync(AccessibleRef table, int depth, WalkMode mode, int? visibleHeight)
    {
        if (visibleHeight is > 0 and var height)
        {
            _rowsAhead = Math.Clamp((height / DefaultRowHeight) + 1, options.CalcRowsAhead, 400);
        }

        try
        {
            _columns = await bus.For(table).GetTableColumnCountAsync(table).ConfigureAwait(false);
        }
        catch (Tmds.DBus.Protocol.DBusExceptionBase)
        {
            _columns = 16384;
        }

        if (_columns <= 0)
        {
            return [];
        }

        var showing = new List<(AccessibleRef Cell, ulong States)>();
        try
        {
            await ScanAsync(table, showing).ConfigureAwait(false);
        }
        catch (Tmds.DBus.Protocol.DBusExceptionBase)
        {
            // OSWorld's loop would stop at the failing cell too; keep the cells found so far.
        }

        if (showing.Count == 0)
        {
            return [];
        }

        // Every cell of a sheet is the same kind of object (one LibreOffice class): the first gives role and interfaces.
        var channel = bus.For(showing[0].Cell);
        var role = channel.GetRoleAsync(showing[0].Cell);
        var interfaces = channel.GetInterfacesAsync(showing[0].Cell);
        NodeBasics? sameKind;
        try
        {
            sameKind = new NodeBasics("", await role.ConfigureAwait(false), new HashSet<string>(await interfaces.ConfigureAwait(false), StringComparer.Ordinal), 0, null);
        }
        catch (Tmds.DBus.Protocol.DBusExceptionBase)
        {
            sameKind = null;
        }

        var tasks = showing.Select(c => walker.BuildAsync(c.Cell, depth + 1, mode, c.States, sameKind)).ToList();
        var cells = new List<AccessibleElement>(tasks.Count);
        foreach (var task in tasks)
        {
            try
            {
                cells.Add(await task.ConfigureAwait(false));
            }
            catch (Tmds.DBus.Protocol.DBusExceptionBase)
            {
                break;
            }
        }

        return cells;
    }

    private async Task ScanAsync(AccessibleRef table, List<(AccessibleRef Cell, ulong States)> showing)
    {
        int? start = null;
        var width = 32;
        for (var row = 0; row < MaxRows; row++)
        {
            var column = start ?? 0;
            Prefetch(table, row, column, width);
            var found = 0;
            for (; column < _columns; column++)
            {
                var (cell, states) = await Probe(table, row, column).ConfigureAwait(false);
                if (AtspiStates.Has(states, AtspiStates.Showing))
                {
                    showing.Add((cell, states));
                    found++;
                    start ??= column;
                    _firstShowingRow ??= row;
                }
                else if (start is not null || column >= SearchLimit)
                {
                    break;
                }

                if (column - (start ?? 0) + 1 >= width)
                {
                    width *= 2;
                    Prefetch(table, row, column + 1, width);
                }
            }

            if ((start is { } first && column == first) || (start is null && row >= SearchLimit))
            {
                return;
            }

            if (found > 0)
            {
                width = found + 1;
            }
        }
    }

    /// <remarks>
    /// Rows are probed ahead up to the estimated visible height below the first showing row; past it, one row ahead only,
    /// so the scan's end costs at most a row of probes that are not needed. Each probe makes LibreOffice create a cell object
    /// that it never frees (7.4's GTK bridge: the cell's event listener holds its ATK wrapper, which holds the cell; only a
    /// dispose, which transient cells never get, breaks the cycle), so every probe adds ~5 KB and one more entry to the
    /// listener lists that later calls scan: fewer probes keep the application's later reads cheaper.
    /// </remarks>
    private void Prefetch(AccessibleRef table, int row, int column, int width)
    {
        var end = row + (_probes.Count == 0 ? 1 : _rowsAhead);
        if (_firstShowingRow is { } first)
        {
            end = Math.Min(end, Math.Max(first + _rowsAhead, row + 2));
        }

        for (var r = row; r < end && r < MaxRows; r++)
        {
            for (var c = column; c < column + width && c < _columns; c++)
            {
                Probe(table, r, c);
            }
        }
    }

    private Task<(AccessibleRef Cell, ulong States)> Probe(AccessibleRef table, int row, int column)
    {
        var index = ((long)row * _columns) + column;
        if (!_probes.TryGetValue(index, out var probe))
        {
            probe = ProbeAsync(table, index);
            _probes[index] = probe;
        }

        return probe;
    }

    private async Task<(AccessibleRef Cell, ulong States)> ProbeAsync(AccessibleRef table, long index)
    {
        if (index > int.MaxValue)
        {
            throw new Tmds.DBus.Protocol.DBusUnexpectedValueException($"cell index {index} is past what AT-SPI can address");
        }

        var cell = await bus.For(table).GetChildAtIndexAsync(table, (int)index).ConfigureAwait(false);
        var states = await bus.For(cell).GetStatesAsync(cell).ConfigureAwait(false);
        walker.Answered();
        return (cell, states);
    }
}
