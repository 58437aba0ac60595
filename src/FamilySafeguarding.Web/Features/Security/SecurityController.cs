using System.Security.Claims;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Features.Security;

/// <summary>
/// The signed-in person's Security page: the sessions they are signed in to, "Sign out everywhere else", and the way to
/// their two-factor authentication. Anyone signed in may use it, for their own account only (the fallback policy).
/// </summary>
public sealed class SecurityController(UserSessions sessions) : Controller
{
    [HttpGet("/account/security")]
    public async Task<IActionResult> Index([FromServices] IOptionsMonitor<SessionSettings> settings, CancellationToken ct)
    {
        var current = CurrentSessionId;
        var open = await sessions.OpenAsync(User.ToActor().UserId, ct);
        var rows = open
            .Select(s => new SessionRow(BrowserSummary.Describe(s.UserAgent), s.CreatedAt, s.LastActiveAt, s.Id == current))
            .OrderByDescending(s => s.IsThisDevice)
            .ToList();
        return View(new SecurityModel(
            rows,
            User.FindFirstValue(AppClaims.TwoFactorEnabled) == "true",
            settings.CurrentValue.IdleTimeoutMinutes,
            settings.CurrentValue.AbsoluteSessionHours));
    }

    [HttpPost("/account/security/sign-out-others")]
    public async Task<IActionResult> SignOutOthers(CancellationToken ct)
    {
        await sessions.SignOutOthersAsync(User.ToActor(), CurrentSessionId ?? throw new InvalidOperationException("A signed-in request has a session."), ct);
        TempData["Notice"] = "You have been signed out everywhere else.";
        return RedirectToAction(nameof(Index));
    }

    private Guid? CurrentSessionId => HttpContext.Features.Get<SignedInSession>()?.Id;
}

/// <param name="IsThisDevice">The session this page was asked for in.</param>
public sealed record SessionRow(string Browser, DateTime SignedInAt, DateTime LastActiveAt, bool IsThisDevice);

public sealed record SecurityModel(IReadOnlyList<SessionRow> Sessions, bool TwoFactorEnabled, int IdleTimeoutMinutes, int AbsoluteSessionHours);
