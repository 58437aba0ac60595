using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// The framework's own binding messages ("The value 'x' is not valid.") never reach a page: every message the binder
/// can add is one of ours, plain, and never echoes the value typed or the field's code name.
/// </summary>
public sealed class BindingMessageTests(Apps apps) : IClassFixture<Apps>
{
    private const string Typed = "typed-<b>value</b>";
    private const string Field = "CodeNameOfTheField";

    [Fact]
    public async Task EveryBindingMessage_IsPlain_AndNeverEchoesTheValueOrTheField()
    {
        var (app, _) = await apps.GetAsync(TestDatabase.Sqlite);
        var messages = app.Services.GetRequiredService<IOptions<MvcOptions>>().Value.ModelBindingMessageProvider;

        string[] shown =
        [
            messages.AttemptedValueIsInvalidAccessor(Typed, Field),
            messages.NonPropertyAttemptedValueIsInvalidAccessor(Typed),
            messages.UnknownValueIsInvalidAccessor(Field),
            messages.NonPropertyUnknownValueIsInvalidAccessor(),
            messages.ValueIsInvalidAccessor(Typed),
            messages.ValueMustBeANumberAccessor(Field),
            messages.NonPropertyValueMustBeANumberAccessor(),
            messages.MissingBindRequiredValueAccessor(Field),
            messages.MissingKeyOrValueAccessor(),
            messages.MissingRequestBodyRequiredValueAccessor(),
            messages.ValueMustNotBeNullAccessor(Typed),
        ];

        foreach (var message in shown)
        {
            Assert.StartsWith("Enter a ", message, StringComparison.Ordinal);
            Assert.DoesNotContain("typed", message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Field, message, StringComparison.Ordinal);
            Assert.DoesNotContain("not valid", message, StringComparison.OrdinalIgnoreCase);
        }
    }
}
