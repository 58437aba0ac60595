using FluentValidation;

namespace FamilySafeguarding.Web.Infrastructure.Forms;

/// <summary>GOV.UK date input validation messages, shared by every form with a date.</summary>
public static class DateInputRules
{
    public static IRuleBuilderOptions<T, DateInput> RequiredDate<T>(this IRuleBuilder<T, DateInput> rule, string what) =>
        rule.Must(d => d is { IsEmpty: false }).WithMessage($"Enter {what}")
            .Must(d => d is null || d.IsEmpty || d.ToDate() is not null).WithMessage($"{Capitalise(what)} must be a real date");

    public static IRuleBuilderOptions<T, DateInput> OptionalDate<T>(this IRuleBuilder<T, DateInput> rule, string what) =>
        rule.Must(d => d is null || d.IsEmpty || d.ToDate() is not null).WithMessage($"{Capitalise(what)} must be a real date");

    private static string Capitalise(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
