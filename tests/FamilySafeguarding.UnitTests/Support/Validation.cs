using FluentValidation;

namespace FamilySafeguarding.UnitTests.Support;

internal static class Validation
{
    /// <summary>Every failure as (property, message), in the order the validator reports them.</summary>
    public static IReadOnlyList<(string Property, string Message)> Errors<T>(this IValidator<T> validator, T form) =>
        validator.Validate(form).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();
}
