namespace Deskbench.Tasks.Loading;

/// <summary>What a task path named.</summary>
public enum TaskSourceKind
{
    /// <summary>Nothing usable (missing path, or a file that is neither a task nor an index).</summary>
    None,

    /// <summary>A single task file.</summary>
    TaskFile,

    /// <summary>A folder tree scanned for task files.</summary>
    Folder,

    /// <summary>An index file (domain → task ids).</summary>
    Index,
}
