using System.Globalization;
using System.Text;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FamilySafeguarding.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using QRCoder;

namespace FamilySafeguarding.Web.Features.Account;

/// <summary>
/// Signing in and out, setting a password from an emailed link, and the authenticator app. The Identity pages,
/// written again in the GOV.UK style. Failures never say whether an email address has an account, and the guessable
/// steps are throttled per client address and per account at that address (ADR-019).
/// </summary>
public sealed class AccountController(
    SignInManager<AppUser> signInManager,
    AppUserManager userManager,
    AuditLog audit,
    IOptionsMonitor<SessionSettings> session) : Controller
{
    private const string WrongDetails = "Enter a correct email address and password";
    private const string Issuer = "Family Safeguarding";

    [AllowAnonymous]
    [HttpGet("/sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    /// <summary>
    /// Every refusal is the same page and costs one password verification: an unknown address, a disabled account, one
    /// with no password yet and a wrong password all answer alike, however many attempts came before (ASVS 5.0 6.3.8).
    /// </summary>
    [AllowAnonymous]
    [HttpPost("/sign-in")]
    [SignInThrottled(ThrottledAccount.SubmittedEmail)]
    public async Task<IActionResult> SignIn(
        SignInForm form, [FromServices] IValidator<SignInForm> validator, [FromServices] UnknownAccountPasswordCheck unknownAccount, CancellationToken ct)
    {
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View(WithoutPassword(form));
        }

        var user = await userManager.FindByEmailAsync(form.Email!.Trim());
        if (user is null || user.IsDisabled || user.PasswordHash is null)
        {
            // Identity would refuse these without checking a password.
            unknownAccount.Check(form.Password!);
            var reason = user is null ? "unknown account" : user.IsDisabled ? "disabled" : "no password set";
            await audit.RecordNowAsync("SignInFailed", nameof(AppUser), user?.Id, reason, userId: user?.Id, ct: ct);
            return WrongDetailsView(form);
        }

        var result = await signInManager.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await audit.RecordNowAsync("SignedIn", nameof(AppUser), user.Id, userId: user.Id, ct: ct);
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactor), new { returnUrl = SafeReturnUrl(form.ReturnUrl) });
        }

        if (result.IsNotAllowed)
        {
            unknownAccount.Check(form.Password!); // refused before the password was checked: the same work all the same
        }

        await audit.RecordNowAsync("SignInFailed", nameof(AppUser), user.Id, result.IsNotAllowed ? "not allowed" : "wrong password", userId: user.Id, ct: ct);
        return WrongDetailsView(form);
    }

    [AllowAnonymous]
    [HttpGet("/sign-in/two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        return View(new CodeForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("/sign-in/two-factor")]
    [SignInThrottled(ThrottledAccount.TwoFactorUser)]
    public async Task<IActionResult> TwoFactor(CodeForm form, [FromServices] IValidator<CodeForm> validator, CancellationToken ct)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View(form);
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(form.CleanCode, isPersistent: false, rememberClient: false);
        return await AfterSecondFactorAsync(result, user, form.ReturnUrl, nameof(CodeForm.Code), "The code is not correct or has already been used. Enter the current code from your authenticator app", form, ct);
    }

    [AllowAnonymous]
    [HttpGet("/sign-in/recovery-code")]
    public async Task<IActionResult> RecoveryCode(string? returnUrl)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        return View(new RecoveryCodeForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("/sign-in/recovery-code")]
    [SignInThrottled(ThrottledAccount.TwoFactorUser)]
    public async Task<IActionResult> RecoveryCode(RecoveryCodeForm form, [FromServices] IValidator<RecoveryCodeForm> validator, CancellationToken ct)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View(form);
        }

        var code = form.RecoveryCode!.Replace(" ", string.Empty, StringComparison.Ordinal);
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        return await AfterSecondFactorAsync(result, user, form.ReturnUrl, nameof(RecoveryCodeForm.RecoveryCode), "That recovery code is not correct or has already been used", form, ct);
    }

    [AllowAnonymous]
    [HttpGet("/sign-out")]
    public IActionResult SignOutPage() => View("SignOut");

    [AllowAnonymous]
    [HttpPost("/sign-out")]
    public async Task<IActionResult> SignOutNow(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true && Guid.TryParse(userManager.GetUserId(User), out var userId))
        {
            await audit.RecordNowAsync("SignedOut", nameof(AppUser), userId, ct: ct);
        }

        // Ends this session on the server (ADR-017): any kept copy of its cookie is refused from the next request.
        // The person's sessions in other browsers stay signed in ("Sign out everywhere else" on the Security page ends them).
        await signInManager.SignOutAsync();
        return RedirectToAction(nameof(SignedOut));
    }

    [AllowAnonymous]
    [HttpGet("/signed-out")]
    public IActionResult SignedOut() => View();

    [AllowAnonymous]
    [HttpGet("/set-password")]
    public IActionResult SetPassword(Guid userId, string? token) =>
        View(new SetPasswordForm { UserId = userId, Token = token });

    [SignInThrottled(ThrottledAccount.PostedUserId)]
    [AllowAnonymous]
    [HttpPost("/set-password")]
    public async Task<IActionResult> SetPassword(SetPasswordForm form, [FromServices] IValidator<SetPasswordForm> validator, [FromServices] AccountService accounts, CancellationToken ct)
    {
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View(WithoutPasswords(form));
        }

        var result = await accounts.SetPasswordAsync(form.UserId, form.Token, form.Password!, ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? string.Empty : nameof(SetPasswordForm.Password), error.Description);
            }

            return View(WithoutPasswords(form));
        }

        TempData["Notice"] = "Your password has been set. Sign in with your email address and new password.";
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("/account/two-factor")]
    public async Task<IActionResult> TwoFactorSetUp()
    {
        var user = await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        return View(await SetUpModelAsync(user, code: null));
    }

    /// <summary>Turning on the authenticator app needs the password again in the same post (ASVS 5.0 7.5.1), then the code.</summary>
    [HttpPost("/account/two-factor")]
    [SignInThrottled(ThrottledAccount.SignedInUser)]
    public async Task<IActionResult> TwoFactorSetUp(TwoFactorSetUpForm form, [FromServices] IValidator<TwoFactorSetUpForm> validator, CancellationToken ct)
    {
        var user = await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactorSetUp));
        }

        if (!await ModelState.ValidateAsync(validator, form, ct) || !await ReauthenticatedAsync(user, form.Password!, nameof(TwoFactorSetUpForm.Password), ct))
        {
            return View(await SetUpModelAsync(user, form.Code));
        }

        if (!await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, form.CleanCode))
        {
            ModelState.AddModelError(nameof(TwoFactorSetUpForm.Code), "The code is not correct. Check you added the key to your authenticator app and enter the code it shows now");
            return View(await SetUpModelAsync(user, form.Code));
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await audit.RecordNowAsync("TwoFactorEnabled", nameof(AppUser), user.Id, ct: ct);
        await signInManager.RefreshSignInAsync(user);
        return View("RecoveryCodes", codes.ToList());
    }

    /// <summary>New recovery codes replace the old ones; the password is asked for again, however recent the sign-in.</summary>
    [HttpPost("/account/two-factor/recovery-codes")]
    [SignInThrottled(ThrottledAccount.SignedInUser)]
    public async Task<IActionResult> NewRecoveryCodes(NewRecoveryCodesForm form, [FromServices] IValidator<NewRecoveryCodesForm> validator, CancellationToken ct)
    {
        var user = await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactorSetUp));
        }

        if (!await ModelState.ValidateAsync(validator, form, ct) || !await ReauthenticatedAsync(user, form.NewCodesPassword!, nameof(NewRecoveryCodesForm.NewCodesPassword), ct))
        {
            return View(nameof(TwoFactorSetUp), await SetUpModelAsync(user, code: null));
        }

        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await audit.RecordNowAsync("RecoveryCodesRenewed", nameof(AppUser), user.Id, ct: ct);
        return View("RecoveryCodes", codes.ToList());
    }

    /// <summary>Only where two-factor authentication is optional, and with the password again.</summary>
    [HttpPost("/account/two-factor/turn-off")]
    [SignInThrottled(ThrottledAccount.SignedInUser)]
    public async Task<IActionResult> TurnOffTwoFactor(TurnOffTwoFactorForm form, [FromServices] IValidator<TurnOffTwoFactorForm> validator, CancellationToken ct)
    {
        var user = await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        if (session.CurrentValue.RequireTwoFactor)
        {
            return Forbid();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactorSetUp));
        }

        if (!await ModelState.ValidateAsync(validator, form, ct) || !await ReauthenticatedAsync(user, form.TurnOffPassword!, nameof(TurnOffTwoFactorForm.TurnOffPassword), ct))
        {
            return View(nameof(TwoFactorSetUp), await SetUpModelAsync(user, code: null));
        }

        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        user.LastTotpTimeStep = null;
        await userManager.UpdateAsync(user);
        await audit.RecordNowAsync("TwoFactorDisabled", nameof(AppUser), user.Id, ct: ct);
        await signInManager.RefreshSignInAsync(user);
        TempData["Notice"] = "Two-factor authentication is off.";
        return RedirectToAction(nameof(TwoFactorSetUp));
    }

    private async Task<IActionResult> AfterSecondFactorAsync(Microsoft.AspNetCore.Identity.SignInResult result, AppUser user, string? returnUrl, string field, string wrongMessage, object form, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            await audit.RecordNowAsync("SignedIn", nameof(AppUser), user.Id, "two-factor", userId: user.Id, ct: ct);
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        await audit.RecordNowAsync("SignInFailed", nameof(AppUser), user.Id, "wrong second factor", userId: user.Id, ct: ct);
        ModelState.AddModelError(field, wrongMessage);
        return View(form);
    }

    /// <summary>
    /// The signed-in person's password, checked again before the second factor changes. A wrong one is audited and shown
    /// beside its field; each attempt counts towards the account's throttle (the action is <see cref="SignInThrottledAttribute"/>).
    /// </summary>
    private async Task<bool> ReauthenticatedAsync(AppUser user, string password, string field, CancellationToken ct)
    {
        if (await userManager.CheckPasswordAsync(user, password))
        {
            return true;
        }

        await audit.RecordNowAsync("ReauthenticationFailed", nameof(AppUser), user.Id, ct: ct);
        ModelState.AddModelError(field, ReauthenticationMessages.Wrong);
        return false;
    }

    private async Task<TwoFactorSetUpModel> SetUpModelAsync(AppUser user, string? code)
    {
        var mandatory = session.CurrentValue.RequireTwoFactor;
        if (user.TwoFactorEnabled)
        {
            return new TwoFactorSetUpModel { IsEnabled = true, IsMandatory = mandatory, RecoveryCodesLeft = await userManager.CountRecoveryCodesAsync(user) };
        }

        var key = await userManager.GetOrCreateAuthenticatorKeyAsync(user);

        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        using var qr = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(qr).GetGraphic(5);
        return new TwoFactorSetUpModel
        {
            IsEnabled = false,
            IsMandatory = mandatory,
            SharedKey = FormatKey(key),
            QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(png),
            Code = code,
        };
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLower(CultureInfo.InvariantCulture);
    }

    private ViewResult WrongDetailsView(SignInForm form)
    {
        ModelState.AddModelError(nameof(SignInForm.Email), WrongDetails);
        return View("SignIn", WithoutPassword(form));
    }

    private string SafeReturnUrl(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    /// <summary>A password is never sent back to the browser, even when the form is shown again.</summary>
    private static SignInForm WithoutPassword(SignInForm form) => new() { Email = form.Email, ReturnUrl = form.ReturnUrl };

    private static SetPasswordForm WithoutPasswords(SetPasswordForm form) => new() { UserId = form.UserId, Token = form.Token };
}
