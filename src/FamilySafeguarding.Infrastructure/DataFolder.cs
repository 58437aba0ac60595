using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FamilySafeguarding.Infrastructure;

/// <summary>The app's data folder (the SQLite file, the mail pickup folder, logs): App_Data under the content root unless configured.</summary>
public sealed class DataFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The folder the <c>DataFolder</c> setting names (relative to the content root), or App_Data.</summary>
    public static DataFolder From(IConfiguration configuration, IHostEnvironment environment) =>
        new(System.IO.Path.Combine(environment.ContentRootPath, configuration["DataFolder"] is { Length: > 0 } folder ? folder : "App_Data"));

    public string Resolve(string relativeOrAbsolute) =>
        System.IO.Path.IsPathRooted(relativeOrAbsolute) ? relativeOrAbsolute : System.IO.Path.Combine(Path, relativeOrAbsolute);
}
