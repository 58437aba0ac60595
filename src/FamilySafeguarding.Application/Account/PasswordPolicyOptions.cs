namespace FamilySafeguarding.Application.Account;

/// <summary>Settings for the password policy, bound from the "PasswordPolicy" configuration section.</summary>
public sealed class PasswordPolicyOptions
{
    public const string Section = "PasswordPolicy";

    /// <summary>
    /// Words that must not make up most of a password: the names of the service, the council and its teams.
    /// Configuration adds to these defaults (for example <c>PasswordPolicy:ContextWords:0 = "Hackney"</c>);
    /// case and spaces are ignored, and words shorter than 4 characters are ignored.
    /// </summary>
    public IList<string> ContextWords { get; } =
    [
        "familysafeguarding",
        "family safeguarding",
        "safeguarding",
        "socialcare",
        "social care",
        "social worker",
        "childrens services",
        "children",
        "council",
        "welcome",
        "changeme",
        "letmein",
    ];
}
