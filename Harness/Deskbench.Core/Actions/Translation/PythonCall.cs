namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// One call statement of agent code, with its arguments evaluated. <see cref="Function"/> is the qualified name after
/// import aliases are resolved (<c>pyautogui.click</c>, <c>time.sleep</c>), or a bare word <c>WAIT</c>/<c>DONE</c>/<c>FAIL</c>.
/// Argument values are <see cref="long"/>, <see cref="double"/>, <see cref="string"/>, <see cref="bool"/>, null (None),
/// <c>object?[]</c> (tuple or list) or <see cref="PythonReference"/>.
/// </summary>
internal sealed record PythonCall(
    string Function,
    IReadOnlyList<object?> Arguments,
    IReadOnlyList<KeyValuePair<string, object?>> KeywordArguments,
    int Line);
