namespace FamilySafeguarding.BrowserTests.Infrastructure;

/// <summary>Files the tests need from the repository (found by walking up to the solution file).</summary>
public static class RepositoryFiles
{
    private const string SolutionFile = "FamilySafeguarding.sln";

    public static string Root { get; } = FindRoot();

    /// <summary>axe-core, installed by the Web project's build (npm ci in build/Frontend.targets).</summary>
    public static string AxeScript
    {
        get
        {
            var path = Path.Combine(Root, "src", "FamilySafeguarding.Web", "node_modules", "axe-core", "axe.min.js");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"axe-core is missing at {path}: build the Web project first (its build runs npm ci).", path);
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Could not find {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
