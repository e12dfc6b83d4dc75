using Deskbench.Core.Actions;
using static Deskbench.Core.Tests.Actions.ActionAssert;

namespace Deskbench.Core.Tests.Actions;

public sealed class PyAutoGuiMouseTranslationTests
{
    [Fact]
    public void Click_positional_and_keyword_forms()
    {
        Py("pyautogui.click(100, 200)", new ClickAction(100, 200));
        Py("pyautogui.click(x=100, y=200)", new ClickAction(100, 200));
        Py("pyautogui.click()", new ClickAction());
        Py("pyautogui.click(100, 200, 2, 0.25, 'right')", new ClickAction(100, 200, MouseButton.Right, 2, 0.25));
        Py("pyautogui.click(button='middle', clicks=3, interval=0.1, x=5, y=6)", new ClickAction(5, 6, MouseButton.Middle, 3, 0.1));
        Py("pyautogui.click(10, 20, duration=0.5, tween=pyautogui.easeInOutQuad)", new ClickAction(10, 20));
    }

    [Fact]
    public void Click_accepts_a_point_tuple_a_box_and_float_coordinates()
    {
        Py("pyautogui.click((300, 400))", new ClickAction(300, 400));
        Py("pyautogui.click([300, 400], button='right')", new ClickAction(300, 400, MouseButton.Right));
        Py("pyautogui.click((100, 200, 50, 31))", new ClickAction(125, 215));
        Py("pyautogui.click(100.9, 200.2)", new ClickAction(100, 200));
    }

    [Fact]
    public void Click_with_one_coordinate_keeps_the_other_at_the_pointer()
    {
        Py("pyautogui.click(x=100)", new ClickAction(100, null));
        Py("pyautogui.click(y=100)", new ClickAction(null, 100));
    }

    [Fact]
    public void Click_buttons_as_pyautogui_names_them()
    {
        Py("pyautogui.click(1, 2, button='PRIMARY')", new ClickAction(1, 2, MouseButton.Left));
        Py("pyautogui.click(1, 2, button='secondary')", new ClickAction(1, 2, MouseButton.Right));
        Py("pyautogui.click(1, 2, button=pyautogui.RIGHT)", new ClickAction(1, 2, MouseButton.Right));
        Py("pyautogui.click(1, 2, button=2)", new ClickAction(1, 2, MouseButton.Middle));
    }

    [Fact]
    public void Zero_clicks_only_moves()
    {
        Py("pyautogui.click(5, 6, clicks=0)", new MoveAction(5, 6));
        Py("pyautogui.click(clicks=0)");
    }

    [Fact]
    public void Click_variants()
    {
        Py("pyautogui.leftClick(1, 2)", new ClickAction(1, 2));
        Py("pyautogui.rightClick(1, 2)", new ClickAction(1, 2, MouseButton.Right));
        Py("pyautogui.rightClick(x=1, y=2, interval=0.1)", new ClickAction(1, 2, MouseButton.Right, 1, 0.1));
        Py("pyautogui.middleClick(1, 2)", new ClickAction(1, 2, MouseButton.Middle));
        Py("pyautogui.doubleClick(1, 2)", new ClickAction(1, 2, MouseButton.Left, 2));
        Py("pyautogui.doubleClick(x=1, y=2, button='right', interval=0.2)", new ClickAction(1, 2, MouseButton.Right, 2, 0.2));
        Py("pyautogui.doubleClick()", new ClickAction(null, null, MouseButton.Left, 2));
        Py("pyautogui.tripleClick(1, 2)", new ClickAction(1, 2, MouseButton.Left, 3));
        Py("pyautogui.tripleClick(x=7, y=8, button='middle')", new ClickAction(7, 8, MouseButton.Middle, 3));
    }

    [Fact]
    public void Move_absolute_and_relative()
    {
        Py("pyautogui.moveTo(100, 200)", new MoveAction(100, 200));
        Py("pyautogui.moveTo(x=100, y=200, duration=0.5)", new MoveAction(100, 200));
        Py("pyautogui.moveTo((100, 200), duration=1)", new MoveAction(100, 200));
        Py("pyautogui.moveTo(100, 200, 0.7, pyautogui.easeInQuad)", new MoveAction(100, 200));
        Py("pyautogui.moveTo()");
        Py("pyautogui.moveRel(10, -20)", new MoveAction(10, -20, Relative: true));
        Py("pyautogui.moveRel(xOffset=10, yOffset=-20, duration=0.2)", new MoveAction(10, -20, Relative: true));
        Py("pyautogui.move(0, 15)", new MoveAction(0, 15, Relative: true));
        Py("pyautogui.move(yOffset=15)", new MoveAction(0, 15, Relative: true));
        Py("pyautogui.move(0, 0)");
    }

    [Fact]
    public void Drag_absolute_and_relative()
    {
        Py("pyautogui.dragTo(300, 400)", new DragAction(300, 400));
        Py("pyautogui.dragTo(300, 400, 1.5, button='left')", new DragAction(300, 400, DurationSeconds: 1.5));
        Py("pyautogui.dragTo(x=300, y=400, duration=1.0, button='right')", new DragAction(300, 400, MouseButton.Right, DurationSeconds: 1.0));
        Py("pyautogui.dragTo(300, 400, duration=1.0, button='left', mouseDownUp=True)", new DragAction(300, 400, DurationSeconds: 1.0));
        Py("pyautogui.dragTo(300, 400, mouseDownUp=False)", new MoveAction(300, 400));
        Py("pyautogui.dragRel(30, -40)", new DragAction(30, -40, Relative: true));
        Py("pyautogui.dragRel(xOffset=30, yOffset=-40, duration=0.5, button='middle')",
            new DragAction(30, -40, MouseButton.Middle, Relative: true, DurationSeconds: 0.5));
        Py("pyautogui.drag(30, 0, 0.3)", new DragAction(30, 0, Relative: true, DurationSeconds: 0.3));
        Py("pyautogui.drag(0, 0)");
    }

    [Fact]
    public void Mouse_down_and_up()
    {
        Py("pyautogui.mouseDown()", new MouseDownAction());
        Py("pyautogui.mouseDown(10, 20, 'right')", new MouseDownAction(10, 20, MouseButton.Right));
        Py("pyautogui.mouseDown(x=10, y=20, button='left')", new MouseDownAction(10, 20));
        Py("pyautogui.mouseUp()", new MouseUpAction());
        Py("pyautogui.mouseUp(button='middle')", new MouseUpAction(null, null, MouseButton.Middle));
        Py("pyautogui.mouseUp(30, 40)", new MouseUpAction(30, 40));
    }

    [Fact]
    public void Scroll_keeps_pyautogui_sign_positive_up_and_right()
    {
        Py("pyautogui.scroll(5)", new ScrollAction(0, 5));
        Py("pyautogui.scroll(-10)", new ScrollAction(0, -10));
        Py("pyautogui.scroll(-3, 100, 200)", new ScrollAction(0, -3, 100, 200));
        Py("pyautogui.scroll(clicks=-3, x=100, y=200)", new ScrollAction(0, -3, 100, 200));
        Py("pyautogui.scroll(2, x=(100, 200))", new ScrollAction(0, 2, 100, 200));
        Py("pyautogui.vscroll(4)", new ScrollAction(0, 4));
        Py("pyautogui.vscroll(clicks=-4, x=9, y=8)", new ScrollAction(0, -4, 9, 8));
        Py("pyautogui.hscroll(7)", new ScrollAction(7, 0));
        Py("pyautogui.hscroll(-7, 1, 2)", new ScrollAction(-7, 0, 1, 2));
        Py("pyautogui.scroll(2.9)", new ScrollAction(0, 2));
        Py("pyautogui.scroll(0)");
    }
}
