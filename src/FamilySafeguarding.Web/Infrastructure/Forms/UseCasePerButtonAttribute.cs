namespace FamilySafeguarding.Web.Infrastructure.Forms;

/// <summary>
/// The form posting to this action has one submit button per use case ("Save draft" and "Submit"; "Save draft" and
/// "Sign off"): the action makes the one write call of the button pressed. It lets <c>OneCallPerPostTests</c> allow one
/// write call per button, and tells a reader why the action names more than one.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class UseCasePerButtonAttribute(params string[] buttons) : Attribute
{
    /// <summary>The buttons' action values, one per use case.</summary>
    public IReadOnlyList<string> Buttons { get; } = buttons;
}
