using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.Reflection;
using System.Runtime.Loader;

namespace Deskbench.Harness.Tests.Desktop;

/// <summary>
/// Builds the real implementations of Core interfaces found in the Deskbench assemblies beside the tests, without a
/// compile-time reference (the harness must not reference concrete parts). Constructor parameters are filled with
/// loggers, the system clock, other discovered parts, or their defaults; a part that cannot be built is reported.
/// </summary>
internal sealed class ReflectionPartResolver
{
    private const int MaxDepth = 6;
    private readonly List<Type> _types;
    private readonly Dictionary<Type, object> _built = [];

    public ReflectionPartResolver(string folder)
    {
        _types = LoadDeskbenchAssemblies(folder)
            .SelectMany(ExportedTypes)
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .ToList();
    }

    /// <summary>Concrete types implementing <typeparamref name="T"/>.</summary>
    public IReadOnlyList<Type> ImplementationsOf<T>() => _types.Where(t => typeof(T).IsAssignableFrom(t)).ToList();

    /// <summary>An instance of the first implementation of <typeparamref name="T"/> that can be built (optionally filtered), or the reason none could.</summary>
    public T? TryBuild<T>(out string? problem, Func<T, bool>? accept = null) where T : class
    {
        var candidates = ImplementationsOf<T>();
        if (candidates.Count == 0)
        {
            problem = $"no {typeof(T).Name} implementation in the Deskbench assemblies beside the tests";
            return null;
        }

        var problems = new List<string>();
        foreach (var candidate in candidates)
        {
            if (TryCreate(candidate, 0, out var instance, out var why) && instance is T part && (accept is null || accept(part)))
            {
                problem = null;
                return part;
            }

            problems.Add($"{candidate.FullName}: {why ?? "not accepted"}");
        }

        problem = $"cannot build any {typeof(T).Name} ({string.Join("; ", problems)})";
        return null;
    }

    private bool TryCreate(Type type, int depth, out object? instance, out string? problem)
    {
        if (_built.TryGetValue(type, out var existing))
        {
            instance = existing;
            problem = null;
            return true;
        }

        instance = null;
        if (depth > MaxDepth)
        {
            problem = "dependency chain too deep";
            return false;
        }

        problem = "no public constructor";
        // A static CreateDefault factory (the project's convention for "the built-in set") wins over constructors.
        var factories = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == "CreateDefault" && type.IsAssignableFrom(m.ReturnType))
            .Cast<MethodBase>();
        var constructors = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length);
        foreach (var method in factories.Concat(constructors))
        {
            if (!TryArguments(method, depth, out var arguments, out var missing))
            {
                problem = missing;
                continue;
            }

            try
            {
                instance = method is ConstructorInfo constructor ? constructor.Invoke(arguments) : method.Invoke(null, arguments);
                if (instance is null)
                {
                    continue;
                }

                _built[type] = instance;
                problem = null;
                return true;
            }
            catch (TargetInvocationException ex)
            {
                problem = $"{method.Name} threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}";
            }
        }

        return false;
    }

    private bool TryArguments(MethodBase method, int depth, out object?[] arguments, out string? missing)
    {
        var parameters = method.GetParameters();
        arguments = new object?[parameters.Length];
        missing = null;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (TryResolve(parameter.ParameterType, depth + 1, out var value))
            {
                arguments[i] = value;
            }
            else if (parameter.HasDefaultValue)
            {
                arguments[i] = parameter.DefaultValue;
            }
            else if (parameter.ParameterType == typeof(string) && IsFolderName(parameter.Name))
            {
                // One shared scratch folder (an empty asset cache, say), reused by every test process.
                arguments[i] = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "deskbench-desktop-tests-scratch")).FullName;
            }
            else
            {
                missing = $"cannot supply {parameter.ParameterType.Name} {parameter.Name} to {method.DeclaringType?.Name}.{method.Name}";
                return false;
            }
        }

        return true;
    }

    private static bool IsFolderName(string? name) =>
        name is not null && (name.Contains("folder", StringComparison.OrdinalIgnoreCase)
            || name.Contains("directory", StringComparison.OrdinalIgnoreCase)
            || name.Contains("root", StringComparison.OrdinalIgnoreCase));

    private bool TryResolve(Type type, int depth, out object? value)
    {
        value = null;
        if (type == typeof(TimeProvider))
        {
            value = TimeProvider.System;
        }
        else if (type == typeof(ILoggerFactory))
        {
            value = NullLoggerFactory.Instance;
        }
        else if (type == typeof(ILogger))
        {
            value = NullLogger.Instance;
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ILogger<>))
        {
            value = Activator.CreateInstance(typeof(NullLogger<>).MakeGenericType(type.GetGenericArguments()));
        }
        else if (type.IsInterface && type.Namespace?.StartsWith("Deskbench", StringComparison.Ordinal) == true)
        {
            value = _types.Where(type.IsAssignableFrom)
                .Select(t => TryCreate(t, depth, out var built, out _) ? built : null)
                .FirstOrDefault(v => v is not null);
        }

        return value is not null;
    }

    private static IEnumerable<Assembly> LoadDeskbenchAssemblies(string folder)
    {
        foreach (var path in Directory.GetFiles(folder, "Deskbench.*.dll"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.EndsWith(".Tests", StringComparison.Ordinal) || name == "Deskbench.Testing")
            {
                continue;
            }

            Assembly? assembly = null;
            try
            {
                assembly = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == name)
                    ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
            }
            catch (Exception ex) when (ex is BadImageFormatException or FileLoadException)
            {
                // Not a loadable managed assembly; nothing to discover in it.
            }

            if (assembly is not null)
            {
                yield return assembly;
            }
        }
    }

    private static IEnumerable<Type> ExportedTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException)
        {
            return [];
        }
    }
}
