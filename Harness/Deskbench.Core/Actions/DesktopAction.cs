using System.Text.Json.Serialization;

namespace Deskbench.Core.Actions;

/// <summary>
/// A typed input action the guest executes. Coordinates are screen pixels; a null coordinate means "where the pointer is".
/// Serialised with a <c>type</c> discriminator for the guest's native <c>POST /actions</c> endpoint.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MoveAction), "move")]
[JsonDerivedType(typeof(ClickAction), "click")]
[JsonDerivedType(typeof(MouseDownAction), "mouse_down")]
[JsonDerivedType(typeof(MouseUpAction), "mouse_up")]
[JsonDerivedType(typeof(DragAction), "drag")]
[JsonDerivedType(typeof(ScrollAction), "scroll")]
[JsonDerivedType(typeof(TypeTextAction), "type_text")]
[JsonDerivedType(typeof(KeyPressAction), "key_press")]
[JsonDerivedType(typeof(KeyDownAction), "key_down")]
[JsonDerivedType(typeof(KeyUpAction), "key_up")]
[JsonDerivedType(typeof(HotkeyAction), "hotkey")]
[JsonDerivedType(typeof(WaitAction), "wait")]
[JsonDerivedType(typeof(DoneAction), "done")]
[JsonDerivedType(typeof(FailAction), "fail")]
public abstract record DesktopAction;
