"""A small stand-in for pyautogui (Debian does not package it), enough for the `python -c "import pyautogui; ..."`
commands of OSWorld's setup steps: mouse moves and clicks, key presses, hotkeys and typing, sent through xdotool to
$DISPLAY. Not a full pyautogui: unknown functions raise AttributeError, as a missing module would fail."""
import os
import subprocess
import time

FAILSAFE = False
PAUSE = 0.0

_KEYS = {
    "ctrl": "ctrl", "ctrlleft": "Control_L", "ctrlright": "Control_R", "control": "ctrl",
    "alt": "alt", "altleft": "Alt_L", "altright": "Alt_R", "shift": "shift", "shiftleft": "Shift_L",
    "shiftright": "Shift_R", "win": "super", "winleft": "Super_L", "winright": "Super_R", "super": "super",
    "command": "super", "enter": "Return", "return": "Return", "esc": "Escape", "escape": "Escape", "tab": "Tab",
    "space": "space", "backspace": "BackSpace", "delete": "Delete", "del": "Delete", "insert": "Insert",
    "up": "Up", "down": "Down", "left": "Left", "right": "Right", "home": "Home", "end": "End",
    "pageup": "Prior", "pgup": "Prior", "pagedown": "Next", "pgdn": "Next", "capslock": "Caps_Lock",
    "printscreen": "Print", "prtsc": "Print", "menu": "Menu",
}
_BUTTONS = {"left": "1", "middle": "2", "right": "3"}


def _key(name):
    name = str(name)
    lower = name.lower()
    if lower in _KEYS:
        return _KEYS[lower]
    if len(lower) > 1 and lower[0] == "f" and lower[1:].isdigit():
        return lower.upper()
    return name


def _xdotool(*arguments):
    subprocess.run(["xdotool", *[str(a) for a in arguments]], check=False)
    if PAUSE:
        time.sleep(PAUSE)


def size():
    output = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, text=True, check=False).stdout.split()
    return (int(output[0]), int(output[1])) if len(output) == 2 else (1920, 1080)


def position():
    fields = dict(part.split(":") for part in subprocess.run(
        ["xdotool", "getmouselocation"], capture_output=True, text=True, check=False).stdout.split() if ":" in part)
    return (int(fields.get("x", 0)), int(fields.get("y", 0)))


def moveTo(x=None, y=None, duration=0.0, *args, **kwargs):
    if x is not None and y is not None:
        _xdotool("mousemove", int(x), int(y))


def click(x=None, y=None, clicks=1, interval=0.0, button="left", *args, **kwargs):
    moveTo(x, y)
    _xdotool("click", "--repeat", int(clicks), "--delay", int(float(interval) * 1000), _BUTTONS.get(button, "1"))


def doubleClick(x=None, y=None, *args, **kwargs):
    click(x, y, clicks=2)


def rightClick(x=None, y=None, *args, **kwargs):
    click(x, y, button="right")


def press(keys, presses=1, interval=0.0, *args, **kwargs):
    for _ in range(int(presses)):
        for key in (keys if isinstance(keys, (list, tuple)) else [keys]):
            _xdotool("key", _key(key))
            if interval:
                time.sleep(interval)


def hotkey(*keys, **kwargs):
    _xdotool("key", "+".join(_key(k) for k in keys))


def keyDown(key, *args, **kwargs):
    _xdotool("keydown", _key(key))


def keyUp(key, *args, **kwargs):
    _xdotool("keyup", _key(key))


def typewrite(message, interval=0.0, *args, **kwargs):
    if isinstance(message, (list, tuple)):
        for key in message:
            press(key, interval=interval)
    else:
        _xdotool("type", "--delay", int(float(interval) * 1000), str(message))


write = typewrite


def scroll(clicks, x=None, y=None, *args, **kwargs):
    moveTo(x, y)
    _xdotool("click", "--repeat", abs(int(clicks)), "4" if int(clicks) > 0 else "5")


if not os.environ.get("DISPLAY"):
    os.environ["DISPLAY"] = ":0"
