using System.Diagnostics;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.VsCode;

/// <summary>
/// <c>check_python_file_by_test_suite(actual_files, test_file, test_function_name="test")</c>: loads the task's test file
/// as a module and calls its test function; 1 when it returns a truthy value, 0 when it returns a falsy one or raises.
/// As in OSWorld the test runs on the evaluating machine (here in a separate <c>/usr/bin/python3</c> process whose working
/// folder and first import path are the test file's folder, i.e. the task cache holding the fetched files). A test file
/// that cannot be loaded, or that has no such function, raises (an evaluation error). A test still running after
/// <see cref="Timeout"/> scores 0 (the agent's program does not finish).
/// </summary>
public sealed class CheckPythonFileByTestSuiteMetric : IMetric
{
    private const string Runner = """
        import importlib.util, sys
        path, name = sys.argv[1], sys.argv[2]
        spec = importlib.util.spec_from_file_location('dynamic_module', path)
        module = importlib.util.module_from_spec(spec)
        sys.modules['dynamic_module'] = module
        try:
            spec.loader.exec_module(module)
            function = getattr(module, name)
        except BaseException as error:
            print('DESKBENCH-LOAD-ERROR', repr(error), file=sys.stderr)
            sys.exit(3)
        try:
            passed = bool(function())
        except BaseException as error:
            print('DESKBENCH-TEST-RAISED', repr(error), file=sys.stderr)
            passed = False
        print('DESKBENCH-RESULT', 1 if passed else 0, flush=True)
        """;

    public string Name => "check_python_file_by_test_suite";

    /// <summary>The Python interpreter (OSWorld's evaluator runs under the host's Python).</summary>
    public string PythonPath { get; init; } = "/usr/bin/python3";

    /// <summary>How long the test may run.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    public async ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        // OSWorld takes **options: other keywords are accepted and ignored.
        var testFile = Path.GetFullPath(PythonIndexing.AsPath(call.RequireExpected(Name)));
        var functionName = PythonValues.AsString(call.Option("test_function_name")) ?? "test";
        if (!File.Exists(testFile))
        {
            throw new FileNotFoundException($"{Name}: no test file at {testFile}", testFile);
        }

        var folder = Path.GetDirectoryName(testFile)!;
        var start = new ProcessStartInfo(PythonPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["PYTHONPATH"] = folder;
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (var argument in new[] { "-c", Runner, testFile, functionName })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Name}: {PythonPath} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            return 0.0;
        }

        if (process.ExitCode == 3)
        {
            throw new InvalidOperationException($"{Name}: cannot load '{functionName}' from {testFile}: {(await errors).Trim()}");
        }

        return (await output).Contains("DESKBENCH-RESULT 1", StringComparison.Ordinal) ? 1.0 : 0.0;
    }
}
