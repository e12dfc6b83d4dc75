using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;

namespace Deskbench.Core.Tests.Actions;

/// <summary>Compares action lists by value (record equality, plus element-wise hotkey key lists).</summary>
internal static class ActionAssert
{
    public static void Equal(IReadOnlyList<DesktopAction> expected, IReadOnlyList<DesktopAction> actual)
    {
        var message = $"expected {ActionJson.Serialize(expected)}\nactual   {ActionJson.Serialize(actual)}";
        Assert.True(expected.Count == actual.Count, message);
        for (var i = 0; i < expected.Count; i++)
        {
            var same = (expected[i], actual[i]) switch
            {
                (HotkeyAction e, HotkeyAction a) => e.Keys.SequenceEqual(a.Keys),
                var (e, a) => Equals(e, a),
            };
            Assert.True(same, $"action {i} differs: {message}");
        }
    }

    public static IReadOnlyList<DesktopAction> Py(string code) =>
        new PyAutoGuiTranslator().Translate(AgentAction.FromCode(code));

    public static void Py(string code, params DesktopAction[] expected) => Equal(expected, Py(code));

    /// <summary>Translates expecting failure and returns the message.</summary>
    public static string PyError(string code) =>
        Assert.Throws<ActionTranslationException>(() => Py(code)).Message;
}
