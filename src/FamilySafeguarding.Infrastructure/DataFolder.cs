namespace FamilySafeguarding.Infrastructure;

/// <summary>The app's data folder (the SQLite file, the mail pickup folder, logs): App_Data under the content root unless configured.</summary>
public sealed class DataFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Resolve(string relativeOrAbsolute) =>
        System.IO.Path.IsPathRooted(relativeOrAbsolute) ? relativeOrAbsolute : System.IO.Path.Combine(Path, relativeOrAbsolute);
}
