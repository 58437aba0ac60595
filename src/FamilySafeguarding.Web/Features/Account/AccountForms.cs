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
    public string CleanCode => (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}

public sealed class CodeFormValidator : AbstractValidator<CodeForm>
{
    public CodeFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app");
        RuleFor(f => f.CleanCode).Matches("^[0-9]{6}$").When(f => !string.IsNullOrWhiteSpace(f.Code))
            .OverridePropertyName(nameof(CodeForm.Code)).WithMessage("The code must be 6 digits");
    }
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

/// <summary>The authenticator set-up page: the key to add to the app, and the code the app then shows.</summary>
public sealed class TwoFactorSetUpModel
{
    public bool IsEnabled { get; init; }

    public bool IsMandatory { get; init; }

    public string? SharedKey { get; init; }

    public string? QrCodeDataUri { get; init; }

    public int RecoveryCodesLeft { get; init; }

    /// <summary>What the user typed, shown again beside its error.</summary>
    public string? Code { get; init; }
}
