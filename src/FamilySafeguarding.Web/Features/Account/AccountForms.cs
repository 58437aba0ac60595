using FluentValidation;

namespace FamilySafeguarding.Web.Features.Account;

public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password");
    }
}

public sealed class CodeForm
{
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Only "code" from an authenticator app: 6 digits, spaces allowed.</summary>
    public string CleanCode => Clean(Code);

    public static string Clean(string? code) =>
        (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}

public sealed class CodeFormValidator : AbstractValidator<CodeForm>
{
    public CodeFormValidator() => RuleFor(f => f.Code).AuthenticatorCode();
}

public static partial class AuthenticatorCodeRule
{
    /// <summary>A code from an authenticator app: asked for if missing, otherwise 6 digits once spaces and hyphens are dropped.</summary>
    public static IRuleBuilderOptions<T, string?> AuthenticatorCode<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app")
            .Must(code => SixDigits().IsMatch(CodeForm.Clean(code))).WithMessage("The code must be 6 digits");

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{6}$")]
    private static partial System.Text.RegularExpressions.Regex SixDigits();
}

public sealed class RecoveryCodeForm
{
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeFormValidator : AbstractValidator<RecoveryCodeForm>
{
    public RecoveryCodeFormValidator()
    {
        RuleFor(f => f.RecoveryCode).NotEmpty().WithMessage("Enter one of your recovery codes");
    }
}

public sealed class SetPasswordForm
{
    public Guid UserId { get; set; }

    public string? Token { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed class SetPasswordFormValidator : AbstractValidator<SetPasswordForm>
{
    public SetPasswordFormValidator()
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter a new password");
        RuleFor(f => f.ConfirmPassword).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the password again")
            .Equal(f => f.Password).When(f => !string.IsNullOrEmpty(f.Password)).WithMessage("The passwords do not match");
    }
}

/// <summary>Turning on two-factor authentication: the code the app shows, and the password again (ASVS 5.0 7.5.1).</summary>
public sealed class TwoFactorSetUpForm
{
    public string? Code { get; set; }

    public string? Password { get; set; }

    public string CleanCode => CodeForm.Clean(Code);
}

public sealed class TwoFactorSetUpFormValidator : AbstractValidator<TwoFactorSetUpForm>
{
    public TwoFactorSetUpFormValidator()
    {
        RuleFor(f => f.Code).AuthenticatorCode();
        RuleFor(f => f.Password).NotEmpty().WithMessage(ReauthenticationMessages.Missing);
    }
}

/// <summary>Getting new recovery codes: the password again, however recently the person signed in.</summary>
public sealed class NewRecoveryCodesForm
{
    public string? NewCodesPassword { get; set; }
}

public sealed class NewRecoveryCodesFormValidator : AbstractValidator<NewRecoveryCodesForm>
{
    public NewRecoveryCodesFormValidator() =>
        RuleFor(f => f.NewCodesPassword).NotEmpty().WithMessage(ReauthenticationMessages.Missing);
}

/// <summary>Turning two-factor authentication off (where it is optional): the password again.</summary>
public sealed class TurnOffTwoFactorForm
{
    public string? TurnOffPassword { get; set; }
}

public sealed class TurnOffTwoFactorFormValidator : AbstractValidator<TurnOffTwoFactorForm>
{
    public TurnOffTwoFactorFormValidator() =>
        RuleFor(f => f.TurnOffPassword).NotEmpty().WithMessage(ReauthenticationMessages.Missing);
}

public static class ReauthenticationMessages
{
    public const string Missing = "Enter your password";

    public const string Wrong = "The password is not correct. Enter the password you sign in with";
}

/// <summary>
/// The authenticator set-up page: the key to add to the app, and the code the app then shows; once it is on, the forms
/// for new recovery codes and turning it off. Each form asks for the password, in a field of its own.
/// </summary>
public sealed class TwoFactorSetUpModel
{
    public bool IsEnabled { get; init; }

    public bool IsMandatory { get; init; }

    public string? SharedKey { get; init; }

    public string? QrCodeDataUri { get; init; }

    public int RecoveryCodesLeft { get; init; }

    /// <summary>What the user typed, shown again beside its error.</summary>
    public string? Code { get; init; }

    /// <summary>The set-up form's password field (never filled in).</summary>
    public string? Password { get; init; }

    /// <summary>The new recovery codes form's password field (never filled in).</summary>
    public string? NewCodesPassword { get; init; }

    /// <summary>The turn-off form's password field (never filled in).</summary>
    public string? TurnOffPassword { get; init; }
}
