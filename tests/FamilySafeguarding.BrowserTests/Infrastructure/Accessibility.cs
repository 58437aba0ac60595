using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace FamilySafeguarding.BrowserTests.Infrastructure;

/// <summary>
/// Runs axe-core in the page against WCAG 2.2 AA (the tags below) and fails on any "serious" or "critical" violation.
/// axe is installed in each browser context as an init script (DevTools protocol Page.addScriptToEvaluateOnNewDocument),
/// so the browser adds it to every document the context opens, before the page's own scripts. Neither that nor
/// Playwright's evaluate is governed by the page's Content-Security-Policy (script-src 'self'), so the pages are checked
/// with their real CSP in force: a script tag would be refused by that CSP, and BypassCSP would hide CSP breakage.
/// The init script is a few times faster than evaluating axe's 650 kB source in every page after it loads.
/// </summary>
public static class Accessibility
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly string[] FailingImpacts = ["serious", "critical"];

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(RepositoryFiles.AxeScript));

    private static readonly string RunAxe = $$"""
        async () => {
          const results = await axe.run(document, { runOnly: { type: 'tag', values: {{JsonSerializer.Serialize(Tags)}} }, resultTypes: ['violations'] });
          return results.violations.map(v => ({
            id: v.id, impact: v.impact ?? 'unknown', help: v.help, helpUrl: v.helpUrl,
            targets: v.nodes.map(n => n.target.join(' '))
          }));
        }
        """;

    /// <summary>Makes axe available in every page the context opens.</summary>
    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(AxeSource.Value);

    /// <summary>The violations found, failing ones (serious, critical) first. Throws when axe is not in the page.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> CheckAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            throw new InvalidOperationException($"axe-core is not in the page {page.Url}: install it in the browser context first ({nameof(InstallAsync)}).");
        }

        var results = await page.EvaluateAsync<JsonElement>(RunAxe);
        return results.EnumerateArray()
            .Select(v => new AxeViolation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString()!,
                v.GetProperty("help").GetString()!,
                v.GetProperty("helpUrl").GetString()!,
                v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .OrderByDescending(v => v.Fails)
            .ToList();
    }

    /// <summary>Fails with every serious or critical violation: rule, impact, help and the failing elements' selectors.</summary>
    public static void AssertNoSeriousViolations(string pageDescription, IReadOnlyList<AxeViolation> violations)
    {
        var failing = violations.Where(v => v.Fails).ToList();
        if (failing.Count == 0)
        {
            return;
        }

        var message = new StringBuilder($"axe found {failing.Count} serious or critical accessibility violation(s) on {pageDescription}:");
        foreach (var violation in failing)
        {
            message.AppendLine().Append(violation);
        }

        Assert.Fail(message.ToString());
    }

    public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets)
    {
        public bool Fails => FailingImpacts.Contains(Impact);

        public override string ToString() =>
            $"- {Id} ({Impact}): {Help} ({HelpUrl})" + string.Concat(Targets.Select(t => $"{Environment.NewLine}    {t}"));
    }
}
