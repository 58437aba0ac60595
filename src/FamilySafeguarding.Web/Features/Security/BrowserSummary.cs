namespace FamilySafeguarding.Web.Features.Security;

/// <summary>
/// A browser's User-Agent header as a person would name it: "Chrome on Windows", "Safari on iPhone". Only the common
/// browsers and systems are told apart; anything else is "Unknown browser" (with its system, if known).
/// </summary>
public static class BrowserSummary
{
    // Order matters: Edge, Opera and Samsung Internet also say "Chrome" and "Safari", and Chrome also says "Safari".
    private static readonly (string Marker, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("EdgA/", "Edge"), ("EdgiOS/", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Version/", "Safari"),
    ];

    // iPhone and iPad before Mac OS X (their headers say "like Mac OS X"), Android before Linux.
    private static readonly (string Marker, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"), ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public static string Describe(string? userAgent)
    {
        var browser = NameOf(Browsers, userAgent);
        var system = NameOf(Systems, userAgent);
        return (browser, system) switch
        {
            (null, null) => "Unknown browser",
            (null, _) => $"Unknown browser on {system}",
            (_, null) => browser,
            _ => $"{browser} on {system}",
        };
    }

    private static string? NameOf((string Marker, string Name)[] known, string? userAgent) =>
        string.IsNullOrEmpty(userAgent) ? null : known.FirstOrDefault(k => userAgent.Contains(k.Marker, StringComparison.Ordinal)).Name;
}
