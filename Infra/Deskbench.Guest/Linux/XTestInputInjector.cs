using System.Text;
using Deskbench.Core.Actions;
using Deskbench.Core.Guest;
using Deskbench.Guest.Backend;
using Deskbench.Guest.Linux.Native;

namespace Deskbench.Guest.Linux;

/// <summary>
/// Real input through XTEST: the server treats the events as coming from the core pointer and keyboard. Actions run one
/// at a time; each ends with one XSync, so when it returns the server has processed every event.
/// </summary>
public sealed class XTestInputInjector : IInputInjector
{
    private const int MinDragSteps = 4;
    private const int DragStepsPerSecond = 60;
    private const int MaxDragSteps = 600;

    private readonly X11Connection connection;
    private readonly XTestKeyStrokes keys;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim actionGate = new(1, 1);

    internal XTestInputInjector(X11Connection connection, X11Keyboard keyboard, TimeProvider? timeProvider = null)
    {
        this.connection = connection;
        keys = new XTestKeyStrokes(connection, keyboard);
        time = timeProvider ?? TimeProvider.System;
        lock (connection.Gate)
        {
            if (XTest.XTestQueryExtension(connection.Handle, out _, out _, out _, out _) == 0)
            {
                throw new InvalidOperationException($"The X server at {connection.DisplayName} has no XTEST extension; input cannot be injected.");
            }
        }
    }

    public async Task ExecuteAsync(DesktopAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        await actionGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await DispatchAsync(action, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            actionGate.Release();
        }
    }

    public PointerPosition GetPointerPosition()
    {
        lock (connection.Gate)
        {
            return QueryPointer();
        }
    }

    private Task DispatchAsync(DesktopAction action, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case MoveAction move:
                Inject(() => MoveTo(move.Relative ? Offset(QueryPointer(), move.X, move.Y) : OnScreen(move.X, move.Y)));
                return Task.CompletedTask;
            case ClickAction click:
                return ClickAsync(click, cancellationToken);
            case MouseDownAction down:
                Inject(() => PressButtonAt(down.X, down.Y, down.Button, pressed: true));
                return Task.CompletedTask;
            case MouseUpAction up:
                Inject(() => PressButtonAt(up.X, up.Y, up.Button, pressed: false));
                return Task.CompletedTask;
            case DragAction drag:
                return DragAsync(drag, cancellationToken);
            case ScrollAction scroll:
                Inject(() => Scroll(scroll));
                return Task.CompletedTask;
            case TypeTextAction type:
                return TypeAsync(type, cancellationToken);
            case KeyPressAction press:
                return PressKeyAsync(press, cancellationToken);
            case KeyDownAction keyDown:
                var downKeysym = PyAutoGuiKeyMap.ToKeysym(keyDown.Key);
                InjectKeys(() => keys.KeyDown(downKeysym));
                return Task.CompletedTask;
            case KeyUpAction keyUp:
                var upKeysym = PyAutoGuiKeyMap.ToKeysym(keyUp.Key);
                InjectKeys(() => keys.KeyUp(upKeysym));
                return Task.CompletedTask;
            case HotkeyAction hotkey:
                var keysyms = hotkey.Keys.Select(PyAutoGuiKeyMap.ToKeysym).ToArray();
                InjectKeys(() => keys.Hotkey(keysyms));
                return Task.CompletedTask;
            case WaitAction wait:
                return Task.Delay(Seconds(wait.Seconds), time, cancellationToken);
            case DoneAction or FailAction:
                return Task.CompletedTask;
            default:
                throw new ArgumentException($"Unsupported action type {action.GetType().Name}.", nameof(action));
        }
    }

    private async Task ClickAsync(ClickAction click, CancellationToken cancellationToken)
    {
        var target = click.X is { } x && click.Y is { } y ? OnScreen(x, y) : (PointerPosition?)null;
        var button = ButtonNumber(click.Button);
        if (click.IntervalSeconds <= 0 || click.Count <= 1)
        {
            Inject(() =>
            {
                MoveToIfGiven(target);
                for (var i = 0; i < click.Count; i++)
                {
                    Button(button, pressed: true);
                    Button(button, pressed: false);
                }
            });
            return;
        }

        for (var i = 0; i < click.Count; i++)
        {
            if (i > 0)
            {
                await Task.Delay(Seconds(click.IntervalSeconds), time, cancellationToken).ConfigureAwait(false);
            }

            Inject(() =>
            {
                MoveToIfGiven(i == 0 ? target : null);
                Button(button, pressed: true);
                Button(button, pressed: false);
            });
        }
    }

    private async Task DragAsync(DragAction drag, CancellationToken cancellationToken)
    {
        var start = drag.FromX is { } fromX && drag.FromY is { } fromY ? OnScreen(fromX, fromY) : GetPointerPosition();
        var end = drag.Relative ? Offset(start, drag.X, drag.Y) : OnScreen(drag.X, drag.Y);
        var button = ButtonNumber(drag.Button);
        var steps = Math.Clamp((int)(drag.DurationSeconds * DragStepsPerSecond), MinDragSteps, MaxDragSteps);
        var pause = drag.DurationSeconds > 0 ? Seconds(drag.DurationSeconds / steps) : TimeSpan.Zero;
        Inject(() =>
        {
            MoveTo(start);
            Button(button, pressed: true);
        });
        for (var step = 1; step <= steps; step++)
        {
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
            }

            var point = new PointerPosition(
                start.X + ((end.X - start.X) * step / steps), start.Y + ((end.Y - start.Y) * step / steps));
            Inject(() => MoveTo(point));
        }

        Inject(() => Button(button, pressed: false));
    }

    private async Task TypeAsync(TypeTextAction type, CancellationToken cancellationToken)
    {
        var keysyms = type.Text.EnumerateRunes().Select(KeySymbols.FromRune).ToArray();
        if (type.IntervalSeconds <= 0)
        {
            InjectKeys(() => Array.ForEach(keysyms, keys.Type));
            return;
        }

        for (var i = 0; i < keysyms.Length; i++)
        {
            if (i > 0)
            {
                await Task.Delay(Seconds(type.IntervalSeconds), time, cancellationToken).ConfigureAwait(false);
            }

            var keysym = keysyms[i];
            InjectKeys(() => keys.Type(keysym));
        }
    }

    private async Task PressKeyAsync(KeyPressAction press, CancellationToken cancellationToken)
    {
        var keysym = PyAutoGuiKeyMap.ToKeysym(press.Key);
        for (var i = 0; i < press.Presses; i++)
        {
            if (i > 0 && press.IntervalSeconds > 0)
            {
                await Task.Delay(Seconds(press.IntervalSeconds), time, cancellationToken).ConfigureAwait(false);
            }

            InjectKeys(() => keys.Type(keysym));
        }
    }

    /// <summary>Runs <paramref name="events"/> with the gate held, then waits (XSync) until the server has processed them.</summary>
    private void Inject(Action events)
    {
        lock (connection.Gate)
        {
            events();
            Xlib.XSync(connection.Handle, 0);
        }
    }

    private void InjectKeys(Action events) => Inject(() =>
    {
        keys.BeginBurst();
        events();
    });

    private void Scroll(ScrollAction scroll)
    {
        if (scroll.X is { } x && scroll.Y is { } y)
        {
            MoveTo(OnScreen(x, y));
        }

        // pyautogui: positive clicks scroll up (button 4) / right (button 7).
        ClickRepeatedly(scroll.Dy > 0 ? 4u : 5u, Math.Abs(scroll.Dy));
        ClickRepeatedly(scroll.Dx > 0 ? 7u : 6u, Math.Abs(scroll.Dx));
    }

    private void ClickRepeatedly(uint button, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Button(button, pressed: true);
            Button(button, pressed: false);
        }
    }

    private void PressButtonAt(int? x, int? y, MouseButton button, bool pressed)
    {
        MoveToIfGiven(x is { } px && y is { } py ? OnScreen(px, py) : null);
        Button(ButtonNumber(button), pressed);
    }

    private void MoveToIfGiven(PointerPosition? target)
    {
        if (target is not null)
        {
            MoveTo(target);
        }
    }

    private void MoveTo(PointerPosition target) =>
        XTest.XTestFakeMotionEvent(connection.Handle, connection.Screen, target.X, target.Y, 0);

    private void Button(uint button, bool pressed) =>
        XTest.XTestFakeButtonEvent(connection.Handle, button, pressed ? 1 : 0, 0);

    private PointerPosition QueryPointer()
    {
        Xlib.XQueryPointer(connection.Handle, connection.Root, out _, out _, out var x, out var y, out _, out _, out _);
        return new PointerPosition(x, y);
    }

    private PointerPosition OnScreen(int x, int y) =>
        x >= 0 && y >= 0 && x < connection.Width && y < connection.Height
            ? new PointerPosition(x, y)
            : throw new ArgumentException($"({x}, {y}) is off the {connection.Width}x{connection.Height} screen.");

    /// <summary>A relative target, clamped to the screen as the X server clamps the pointer.</summary>
    private PointerPosition Offset(PointerPosition from, int dx, int dy) => new(
        Math.Clamp(from.X + dx, 0, connection.Width - 1), Math.Clamp(from.Y + dy, 0, connection.Height - 1));

    private static uint ButtonNumber(MouseButton button) => button switch
    {
        MouseButton.Left => 1,
        MouseButton.Middle => 2,
        MouseButton.Right => 3,
        _ => throw new ArgumentException($"Unknown mouse button {button}.", nameof(button)),
    };

    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(Math.Max(0, seconds));
}
