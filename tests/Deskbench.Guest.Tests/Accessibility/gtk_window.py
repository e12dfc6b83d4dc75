#!/usr/bin/python3
"""A tiny GTK window with known widgets for the accessibility tests.

Usage: gtk_window.py TITLE   shows a window titled TITLE with a label, an entry, two buttons, a check box and a spin button.
"""
import sys

import gi

gi.require_version("Gtk", "3.0")
from gi.repository import Gtk  # noqa: E402

title = sys.argv[1] if len(sys.argv) > 1 else "deskbench-a11y"
window = Gtk.Window(title=title)
window.set_default_size(400, 300)
window.move(40, 60)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4)
window.add(box)
box.pack_start(Gtk.Label(label="Known label"), False, False, 0)
entry = Gtk.Entry()
entry.set_text("entry text \ufffc here")
box.pack_start(entry, False, False, 0)
box.pack_start(Gtk.Button(label="First button"), False, False, 0)
box.pack_start(Gtk.Button(label="Second button"), False, False, 0)
box.pack_start(Gtk.CheckButton(label="Check me"), False, False, 0)
spin = Gtk.SpinButton.new_with_range(0, 10, 0.5)
spin.set_value(2.5)
box.pack_start(spin, False, False, 0)
hidden = Gtk.Button(label="Hidden button")
hidden.set_no_show_all(True)
box.pack_start(hidden, False, False, 0)
window.connect("destroy", Gtk.main_quit)
window.show_all()
Gtk.main()
