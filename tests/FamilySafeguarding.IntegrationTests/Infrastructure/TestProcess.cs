using System.Runtime.CompilerServices;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>
/// Settings for the whole test process, made before any app starts. Dozens of apps run at once here (a class's apps live
/// until the class ends, and classes run in parallel), and each one's configuration watching its settings files would
/// take Linux inotify instances, of which a user has 128 by default: past that, apps fail to start. Test apps never
/// change their settings files, so they do not watch them, and any other file watching polls instead.
/// </summary>
internal static class TestProcess
{
    [ModuleInitializer]
    internal static void Initialise()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
